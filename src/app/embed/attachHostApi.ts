import { GROUPS } from '../../core/schema.ts';
import type { TimeSpan } from '../../core/timeSteps.ts';
import type { AppState } from '../appState.ts';
import type { Store } from '../createStore.ts';
import { parseTime } from '../urlState.ts';
import {
  apiTime,
  type HostMessage,
  type MapMessage,
  PROTOCOL,
  parseHostMessage,
} from './hostMessages.ts';

const TIMECHANGE_THROTTLE_MS = 250;

/**
 * Let the article that embeds the map drive it. A message is obeyed only when it comes
 * from the parent window, from an origin on the allow-list (or the map's own; in a
 * sandbox that is the opaque "null", which matches nothing), exactly,
 * and parses as a version-1 command. Everything else is ignored. Replies go to that one
 * origin, never to '*'. No message can navigate, write markup or reach storage: commands
 * only set the store.
 */
export function attachHostApi(options: {
  store: Store<AppState>;
  span: TimeSpan;
  allowedOrigins: readonly string[];
}): () => void {
  const { store, span } = options;
  if (window.parent === window) return () => {};
  const allowed = (origin: string) =>
    origin !== 'null' && (origin === self.origin || options.allowedOrigins.includes(origin));
  let hostOrigin = [location.ancestorOrigins?.[0], referrerOrigin()].find((o) => o && allowed(o));
  const send = (message: MapMessage) => {
    if (hostOrigin) window.parent.postMessage(message, hostOrigin);
  };
  const sendReady = () => {
    const { time, hiddenGroups } = store.get();
    send({
      ...PROTOCOL,
      type: 'ready',
      time: apiTime(time),
      groups: GROUPS.filter((g) => !hiddenGroups.includes(g)),
    });
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || !allowed(event.origin)) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    const firstContact = hostOrigin !== event.origin;
    hostOrigin = event.origin;
    if (firstContact) sendReady();
    obey(message, store, span);
  };
  window.addEventListener('message', onMessage);
  sendReady();
  let sentTime = apiTime(store.get().time);
  let timer = 0;
  const unsubscribe = store.subscribe(() => {
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      const time = apiTime(store.get().time);
      if (time !== sentTime) send({ ...PROTOCOL, type: 'timechange', time });
      sentTime = time;
    }, TIMECHANGE_THROTTLE_MS);
  });
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
    clearTimeout(timer);
  };
}

function obey(message: HostMessage, store: Store<AppState>, span: TimeSpan): void {
  switch (message.type) {
    case 'setTime': {
      const time = parseTime(message.time, span);
      if (time !== undefined) store.set({ time, playing: false });
      return;
    }
    case 'play':
      store.set({ playing: true });
      return;
    case 'pause':
      store.set({ playing: false });
      return;
    case 'setGroups':
      store.set({ hiddenGroups: GROUPS.filter((g) => !message.groups.includes(g)) });
      return;
  }
}

function referrerOrigin(): string | undefined {
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}
