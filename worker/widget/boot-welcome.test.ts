import { describe, expect, it } from 'vitest';
import { connectOperator, connectVisitor, roomOf, setDestinations, setupCompany } from '../../test/realtime';
import { publishHelp } from './test/help-articles';

/** The widget's sockets: an idle one on the visitor's gateway, and one on the room (a chat about to start). */
const SOCKETS = ['idle', 'chat'] as const;

/** A widget boot is its socket alone (issue 17): the welcome carries everything the first paint needs. */
describe("a boot's welcome", () => {
  it('carries the help languages from the gateway and from the room, and open widgets on both hear of a change', async () => {
    const company = await setupCompany();
    const open = await Promise.all(SOCKETS.map((as) => connectVisitor(company, { as })));
    for (const socket of open) expect(socket.welcome.config.helpLanguages).toEqual([]);

    await publishHelp(company, true);
    for (const socket of open) expect((await socket.next('config')).config.helpLanguages).toEqual(['en', 'uk']);
    for (const as of SOCKETS) expect((await connectVisitor(company, { as })).welcome.config.helpLanguages).toEqual(['en', 'uk']);

    await publishHelp(company, false);
    for (const socket of open) expect((await socket.next('config')).config.helpLanguages).toEqual([]);
    for (const as of SOCKETS) expect((await connectVisitor(company, { as })).welcome.config.helpLanguages).toEqual([]);
  });

  it('answers a hello in a language the company lacks with the availability of its default, on the gateway and in the room', async () => {
    // German is the default; the one operator serves only German, so English is offline.
    const company = await setupCompany({ languages: ['de', 'en'] });
    await setDestinations(company, company.owner, ['de']);
    await roomOf(company).configChanged('destinations');
    await connectOperator(company, company.owner);
    for (const as of SOCKETS) {
      expect((await connectVisitor(company, { as, language: 'en' })).welcome.availability.state).toBe('offline');
      expect((await connectVisitor(company, { as, language: 'de' })).welcome.availability.state).toBe('free');
      // The widget greets in the browser's language before it knows the company's: French is served in German.
      const french = await connectVisitor(company, { as, language: 'fr' });
      expect(french.welcome.availability).toMatchObject({ state: 'free', available: true });
    }
  });
});
