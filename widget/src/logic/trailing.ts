/**
 * Calls `fn` at most once per `ms`, with the value given last: the first call starts the wait and
 * what is latest when it ends goes out (the typing preview's drafts, F21). Nothing is dropped for
 * good: a call during the wait is carried by the one at its end.
 */
export function trailing<T>(ms: number, fn: (value: T) => void): (value: T) => void {
  let latest: T;
  let waiting = false;
  return (value) => {
    latest = value;
    if (waiting) return;
    waiting = true;
    setTimeout(() => {
      waiting = false;
      fn(latest);
    }, ms);
  };
}
