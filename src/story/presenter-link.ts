/**
 * The windows' end of src/story/protocol.ts: the audience window opens the
 * presenter window and answers it; the presenter window talks to its opener.
 * Each side listens only to the one window it knows (event.source), so a
 * message from any other page, frame or extension is dropped unread.
 */
import {
  commandMessage, helloMessage, parseAudienceMessage, parsePresenterMessage, stateMessage, targetOrigin, fromPeer,
  type RemoteCommand, type StoryStateMessage,
} from './protocol.ts';

const post = (win: Window | null, data: unknown): void => {
  if (!win || win.closed) return;
  try {
    win.postMessage(data, targetOrigin(location.origin));
  } catch {
    // The other window navigated away or closed between the check and the post: nothing to tell it.
  }
};

/** The audience window's side: it opens the presenter window, answers its hello and obeys its commands. */
export class AudienceLink {
  #win: Window | null = null;
  #state: Omit<StoryStateMessage, 'type' | 'version'> | null = null;
  readonly #onCommand: (c: RemoteCommand) => void;
  readonly #listener = (e: MessageEvent): void => {
    if (!fromPeer(e.source, this.#win)) return;
    const m = parsePresenterMessage(e.data);
    if (!m) return;
    if (m.kind === 'hello') this.#send();
    else this.#onCommand(m);
  };

  constructor(onCommand: (c: RemoteCommand) => void) {
    this.#onCommand = onCommand;
    addEventListener('message', this.#listener);
  }

  /** Opens (or brings forward) the presenter window at `url`; false when the browser blocked it. */
  open(url: string): boolean {
    if (this.#win && !this.#win.closed) {
      this.#win.focus();
      return true;
    }
    // A named window: a second P does not open a third one. No noopener: the windows must reach each other.
    this.#win = window.open(url, 'liaoning-atlas-presenter', 'popup,width=1200,height=760');
    return this.#win !== null;
  }

  get isOpen(): boolean {
    return this.#win !== null && !this.#win.closed;
  }

  /** The state after every change; the presenter window gets it now and after its hello. */
  update(state: Omit<StoryStateMessage, 'type' | 'version'>): void {
    this.#state = state;
    this.#send();
  }

  #send(): void {
    if (this.#state) post(this.#win, stateMessage(this.#state));
  }

  /** Stops listening; the presenter window (if any) is told the presentation ended and stays open. */
  close(): void {
    if (this.#state) post(this.#win, stateMessage({ ...this.#state, presenting: false }));
    removeEventListener('message', this.#listener);
    this.#win = null;
  }
}

/** The presenter window's side: it greets its opener, sends commands and hears the state. */
export class PresenterLink {
  readonly #peer: Window | null;
  readonly #onState: (s: StoryStateMessage) => void;
  readonly #listener = (e: MessageEvent): void => {
    if (!fromPeer(e.source, this.#peer)) return;
    const m = parseAudienceMessage(e.data);
    if (m) this.#onState(m);
  };

  constructor(onState: (s: StoryStateMessage) => void, peer: Window | null = window.opener as Window | null) {
    this.#peer = peer;
    this.#onState = onState;
    addEventListener('message', this.#listener);
    post(this.#peer, helloMessage());
  }

  /** Whether there is an audience window to talk to (opened from one, and it is still open). */
  get connected(): boolean {
    return this.#peer !== null && !this.#peer.closed;
  }

  send(c: RemoteCommand): void {
    post(this.#peer, commandMessage(c));
  }

  close(): void {
    removeEventListener('message', this.#listener);
  }
}
