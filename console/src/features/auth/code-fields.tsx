import { Field } from '../../components/form';

interface CodeFieldProps {
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  label?: string;
  autofocus?: boolean;
}

/**
 * The 6-digit code from an authenticator app: a numeric keypad on phones, and the browser may
 * fill it in from an SMS-less one-time-code source (`autocomplete="one-time-code"`).
 */
export function AppCodeField(props: CodeFieldProps) {
  return (
    <Field
      label={props.label ?? 'Authentication code'}
      name="code"
      autocomplete="one-time-code"
      inputmode="numeric"
      pattern="[0-9 ]*"
      maxLength={7}
      spellcheck={false}
      required
      autofocus={props.autofocus}
      hint="The 6-digit code your authenticator app shows for Parley."
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
      error={props.error}
    />
  );
}

/** One of the recovery codes saved when two-factor was turned on (`xxxxx-xxxxx`). */
export function RecoveryCodeField(props: CodeFieldProps) {
  return (
    <Field
      label={props.label ?? 'Recovery code'}
      name="recovery-code"
      autocomplete="off"
      autocapitalize="none"
      spellcheck={false}
      required
      autofocus={props.autofocus}
      hint="One of the recovery codes you saved. Each works once."
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
      error={props.error}
    />
  );
}
