import { PASSWORD_MIN_LENGTH } from '../../../../common/schemas/auth';
import { Field } from '../../components/form';

interface ValueFieldProps {
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
}

/** The account email input, as every auth form asks for it. */
export function EmailField(props: ValueFieldProps & { autofocus?: boolean }) {
  return (
    <Field
      label="Email"
      name="email"
      type="email"
      autocomplete="email"
      required
      autofocus={props.autofocus}
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
      error={props.error}
    />
  );
}

/** A password being chosen (sign-up, reset): the shared minimum is stated and hinted to the browser. */
export function NewPasswordField(props: ValueFieldProps & { label: string }) {
  return (
    <Field
      label={props.label}
      name="password"
      type="password"
      autocomplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
      error={props.error}
    />
  );
}

/** The account's password, asked to sign in or to confirm a security change. */
export function CurrentPasswordField(props: ValueFieldProps & { autofocus?: boolean }) {
  return (
    <Field
      label="Password"
      name="password"
      type="password"
      autocomplete="current-password"
      required
      autofocus={props.autofocus}
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
      error={props.error}
    />
  );
}
