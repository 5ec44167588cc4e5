import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canRunWebGLMap, missingForWebGLMap } from '../../src/map/webgl.ts';

/** A document whose canvases answer getContext('webgl2') as given. */
function stubCanvas(getContext: (type: string) => unknown): ReturnType<typeof vi.fn> {
  const spy = vi.fn(getContext);
  vi.stubGlobal('document', { createElement: () => ({ getContext: spy }) });
  return spy;
}

describe('what MapLibre 6 needs (src/map/webgl.ts)', () => {
  beforeEach(() => {
    // Node has the ES built-ins and AbortSignal; a browser's canvas APIs are stood in for.
    vi.stubGlobal('OffscreenCanvas', class {});
    vi.stubGlobal('createImageBitmap', () => Promise.resolve({}));
    stubCanvas(() => ({ getExtension: () => ({ loseContext: () => undefined }) }));
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('runs where everything is there', () => {
    expect(missingForWebGLMap()).toBeNull();
    expect(canRunWebGLMap()).toBe(true);
  });

  it.each([
    ['AbortSignal.prototype.throwIfAborted', AbortSignal.prototype, 'throwIfAborted'],
    ['Object.hasOwn', Object, 'hasOwn'],
    ['Array.prototype.at', Array.prototype, 'at'],
  ] as const)('names a missing %s and does not create a WebGL context for nothing', (name, owner, key) => {
    const spy = stubCanvas(() => ({}));
    const saved = Object.getOwnPropertyDescriptor(owner, key);
    if (!saved) throw new Error(`${name} is not in this Node`);
    delete (owner as unknown as Record<string, unknown>)[key];
    try {
      expect(missingForWebGLMap()).toBe(name);
      expect(canRunWebGLMap()).toBe(false);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      Object.defineProperty(owner, key, saved);
    }
  });

  it('names OffscreenCanvas (the stand-in for the worker’s static blocks) and createImageBitmap', () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    Reflect.deleteProperty(globalThis, 'OffscreenCanvas');
    expect(missingForWebGLMap()).toBe('OffscreenCanvas (for class static blocks)');
    vi.stubGlobal('OffscreenCanvas', class {});
    Reflect.deleteProperty(globalThis, 'createImageBitmap');
    expect(missingForWebGLMap()).toBe('createImageBitmap');
  });

  it('names WebGL2 when the canvas gives no context or throws', () => {
    stubCanvas(() => null);
    expect(missingForWebGLMap()).toBe('WebGL2');
    stubCanvas(() => {
      throw new Error('GPU process gone');
    });
    expect(missingForWebGLMap()).toBe('WebGL2');
  });

  it('asks for a webgl2 context, not webgl', () => {
    const spy = stubCanvas(() => ({ getExtension: () => null }));
    missingForWebGLMap();
    expect(spy).toHaveBeenCalledWith('webgl2');
  });
});
