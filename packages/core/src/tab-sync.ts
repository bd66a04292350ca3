import type { StoredDecision } from './stored-decision';

type Message = StoredDecision | null;

/**
 * Carries decisions to the other tabs of the same site over BroadcastChannel (the sender does not receive its own
 * message). Where it is missing, tabs catch up from the cookie when they become visible (see create-consent-core).
 */
export function createTabSync(receive: (message: Message) => void): (message: Message) => void {
  try {
    // Tabs trust each other's messages as decisions of this shape (format 1, as the cookie): a release that changes
    // the shape changes the channel, so tabs of two releases open across a deployment never misread each other.
    const channel = new BroadcastChannel('assent:1');
    channel.onmessage = (event) => receive(event.data);
    return (message) => channel.postMessage(message);
  } catch {
    return () => undefined;
  }
}
