/** English UI strings; the other dictionaries have exactly these keys. `{x}` marks a value. */
const en = {
  open: 'Open chat',
  unread: '{n} unread',
  minimise: 'Minimise chat',
  title: 'Chat with us',
  language: 'Language',
  sound: 'Sound',
  end: 'End chat',
  placeholder: 'Type your message…',
  send: 'Send',
  attach: 'Attach a file',
  pick: 'What is your question about?',
  queue: 'You are number {n} in the queue.',
  waiting: 'Connecting you to an operator…',
  joined: '{name} joined the chat.',
  moved: 'The chat moved to {name}.',
  left: 'The operator left the chat.',
  noOperator: 'No operator is free right now.',
  ended: 'The chat has ended.',
  again: 'Start a new chat',
  typing: '{name} is typing…',
  pending: 'Sending…',
  reconnecting: 'Connection lost. Reconnecting…',
  you: 'You',
  message: 'Message',
  failed: 'Something went wrong. Please try again.',
  back: 'Back to the chat',
  leave: 'Leave a message',
  help: 'Search our help',
};

export type Dictionary = typeof en;
export default en;
