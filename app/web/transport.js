// How an answer reaches the interviewer and the next turn comes back. Every transport has the same shape:
//
//   send(sessionId, body, { onToken }) -> Promise<turn>
//
// where `body` is the /message body ({message, control?, duration_seconds?}) and `turn` is exactly the /message
// reply ({response, status, question_number, total_questions, is_follow_up, is_complete, mode, ...}). `onToken`
// receives pieces of the interviewer's reply while it is being produced, for transports that stream.
//
// - restTransport:  POST .../message, one JSON reply.
// - sseTransport:   POST .../message/stream, `event: token` {text} ... then `event: turn` {the /message body};
//                   `event: error` {status, detail} after the stream has started.
// - autoTransport:  streams when the server has the streaming route, and falls back to REST (and stays there)
//                   when it answers that the route does not exist.
// A WebSocket transport (`token` and `turn` frames on .../ws) fits the same shape.

import { ApiError, authorizedFetch } from "./api.js";

export function newIdempotencyKey() {
  if (window.crypto && typeof window.crypto.randomUUID === "function" && window.isSecureContext) {
    return window.crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function post(path, body, idempotencyKey, accept) {
  return authorizedFetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey, Accept: accept },
    body: JSON.stringify(body),
  });
}

async function errorFrom(response) {
  let detail = `Request failed (${response.status})`;
  try {
    const body = await response.json();
    if (body && body.detail !== undefined) detail = body.detail;
  } catch { /* not JSON: keep the status line */ }
  return new ApiError(response.status, detail);
}

export const restTransport = {
  name: "rest",
  async send(sessionId, body, { idempotencyKey = newIdempotencyKey() } = {}) {
    const response = await post(`/ai-interview/sessions/${sessionId}/message`, body, idempotencyKey,
      "application/json");
    if (!response.ok) throw await errorFrom(response);
    return response.json();
  },
};

// Parse a text/event-stream body incrementally. Yields {event, data} with data JSON-decoded.
export async function* readServerSentEvents(stream) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const flush = function* (block) {
    let event = "message";
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      if (!line || line.startsWith(":")) continue;  // comments keep the connection alive
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length) yield { event, data: JSON.parse(data.join("\n")) };
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let match;
    while ((match = /\r?\n\r?\n/.exec(buffer))) {
      const block = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      yield* flush(block);
    }
  }
  buffer += decoder.decode();
  if (buffer.trim()) yield* flush(buffer);
}

// The route is missing (an older server): Starlette answers 404 "Not Found" or 405 for an unknown path.
export class StreamingUnsupported extends Error {}

export const sseTransport = {
  name: "sse",
  async send(sessionId, body, { onToken = () => {}, idempotencyKey = newIdempotencyKey() } = {}) {
    const response = await post(`/ai-interview/sessions/${sessionId}/message/stream`, body, idempotencyKey,
      "text/event-stream");
    if (!response.ok) {
      const error = await errorFrom(response);
      if (response.status === 405 || (response.status === 404 && error.detail === "Not Found")) {
        throw new StreamingUnsupported("the server has no streaming route");
      }
      throw error;
    }
    // A server that answers in one piece sends the turn itself.
    if ((response.headers.get("content-type") || "").includes("json")) return response.json();
    for await (const { event, data } of readServerSentEvents(response.body)) {
      if (event === "token") onToken(data.text || "");
      else if (event === "turn") return data;
      else if (event === "error") throw new ApiError(data.status || 500, data.detail);
    }
    throw new ApiError(0, "The connection closed before the interviewer's reply arrived. Reload the page to "
      + "see where the interview stands.");
  },
};

export function autoTransport() {
  let streaming = typeof ReadableStream !== "undefined" && typeof TextDecoder !== "undefined";
  return {
    get name() { return streaming ? "sse" : "rest"; },
    async send(sessionId, body, options = {}) {
      const opts = { idempotencyKey: newIdempotencyKey(), ...options };
      if (streaming) {
        try {
          return await sseTransport.send(sessionId, body, opts);
        } catch (error) {
          if (!(error instanceof StreamingUnsupported)) throw error;
          streaming = false;  // nothing was recorded: the route does not exist
        }
      }
      return restTransport.send(sessionId, body, opts);
    },
  };
}
