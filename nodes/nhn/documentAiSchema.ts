import { z } from 'zod';

/** `result` of NHN Document AI: `llmResponse` is its only documented key; others are kept. */
export const documentAiResult = z.object({ llmResponse: z.string() }).passthrough();
export type DocumentAiResult = z.infer<typeof documentAiResult>;
