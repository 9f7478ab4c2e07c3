// Types for seed-sql.mjs, so TypeScript projects without allowJs (the workerd tests) can import it.
interface DemoAccount {
  id: string;
  email: string;
  name: string;
  password: string;
}

export declare function hashPassword(password: string, iterations?: number): string;

export declare const DEMO: {
  owner: DemoAccount;
  operator: DemoAccount;
  company: { id: string; name: string; publicKey: string; host: string };
  categories: { sales: { id: string; name: string }; support: { id: string; name: string } };
  payment: { id: string; ledgerId: string; ref: string; plan: string; operators: number; months: number; amountCents: number };
};

/** The demo seed as SQL, one statement per line, every one INSERT OR IGNORE. */
export declare function seedSql(now?: number): string;
