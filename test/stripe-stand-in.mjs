// Vitest global setup (Node side): a local HTTP server standing in for api.stripe.com, since Stripe
// itself is unreachable here. The Stripe provider's tests point the official SDK at it (its
// host/port/protocol options) and read back what the SDK sent from GET /__requests.
import { createServer } from 'node:http';

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  /** @type {{ method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string }[]} */
  const requests = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const reply = (status, json) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_standin_${requests.length}` });
        res.end(JSON.stringify(json));
      };
      if (req.method === 'GET' && req.url === '/__requests') return reply(200, requests);
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (req.method !== 'POST' || req.url !== '/v1/checkout/sessions')
        return reply(404, { error: { type: 'invalid_request_error', message: 'Unrecognized request URL.' } });
      const form = new URLSearchParams(body);
      // A customer email on a domain Stripe would refuse lets tests see the SDK's error path.
      if (form.get('customer_email')?.endsWith('@refused.test')) {
        return reply(400, {
          error: { type: 'invalid_request_error', code: 'email_invalid', message: 'Invalid email address.', param: 'customer_email' },
        });
      }
      const id = `cs_test_standin_${requests.length}`;
      return reply(200, {
        id,
        object: 'checkout.session',
        mode: form.get('mode'),
        status: 'open',
        payment_status: 'unpaid',
        client_reference_id: form.get('client_reference_id'),
        url: `https://checkout.stripe.test/c/pay/${id}`,
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('stripeStandIn', { port: /** @type {import('node:net').AddressInfo} */ (server.address()).port });
  return () => new Promise((resolve) => server.close(resolve));
}
