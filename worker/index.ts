import { app } from './app';

export { CompanyRoom } from '../durable-objects/company-room';

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
