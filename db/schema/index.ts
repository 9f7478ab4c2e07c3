export * from './accounts';
export * from './billing';
export * from './companies';
export * from './destinations';
export * from './fast-responses';
export * from './help';
export * from './mail';
export * from './offline-messages';
