// What vitest global setup hands to the workerd tests (`inject(...)`).
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The port of the local Stripe stand-in (test/stripe-stand-in.mjs). */
    stripeStandIn: { port: number };
  }
}
