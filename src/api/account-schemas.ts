import { z } from '@hono/zod-openapi';
import { AUDIT_ACTIONS } from '../accounts/audit.ts';
import { ROLES, SCOPES } from '../accounts/roles.ts';

/** Request and response shapes of /v1/agents, /v1/keys and /v1/audit. */

export const RoleSchema = z.enum(ROLES).openapi({ description: '`agent` handles cases; `lead` also reads trends and the audit log; `admin` also manages agents and keys.' });
export const ScopeSchema = z.enum(SCOPES);

export const AgentSchema = z
  .object({
    id: z.string(),
    username: z.string().openapi({ example: 'mei' }),
    displayName: z.string().openapi({ example: 'Mei Lin' }),
    role: RoleSchema,
    enabled: z.boolean(),
    createdAt: z.string(),
    createdBy: z.string().openapi({ description: 'The actor who created the account.', example: 'bootstrap' }),
  })
  .openapi('Agent');

const Password = z.string().min(1).max(256).openapi({ description: 'At least 12 characters, not containing the user name; stored as a scrypt hash.' });

export const AgentCreateSchema = z
  .object({
    username: z.string().min(1).max(64).openapi({ description: '2–40 characters: lowercase letters, digits, dot, dash, underscore.', example: 'mei' }),
    displayName: z.string().max(80).optional().openapi({ description: 'The name timelines and the audit log show; the user name when absent.', example: 'Mei Lin' }),
    role: RoleSchema,
    password: Password,
  })
  .openapi('AgentCreate');

export const AgentPatchSchema = z
  .object({
    role: RoleSchema.optional(),
    enabled: z.boolean().optional().openapi({ description: 'false: the agent can no longer sign in, and their sessions end at once.' }),
    password: Password.optional(),
    displayName: z.string().max(80).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'change at least one of role, enabled, password, displayName' })
  .openapi('AgentPatch');

export const ApiKeySchema = z
  .object({
    id: z.string().openapi({ example: '3f9a0c71be' }),
    name: z.string().openapi({ example: 'Zendesk' }),
    scopes: z.array(ScopeSchema),
    hint: z.string().openapi({ description: 'The first characters, to recognise a key without revealing it.', example: 'txk_3f9a0c71be_Qm2x…' }),
    createdBy: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable().openapi({ description: 'To the minute.' }),
  })
  .openapi('ApiKey');

export const ApiKeyMintedSchema = ApiKeySchema.extend({
  key: z.string().openapi({ description: 'The whole key, shown this once: only its SHA-256 is stored.', example: 'txk_3f9a0c71be_…' }),
}).openapi('ApiKeyMinted');

export const ApiKeyCreateSchema = z
  .object({
    name: z.string().trim().min(1).max(80).openapi({ description: 'What the key is for; case timelines and the audit log show it.', example: 'Zendesk' }),
    scopes: z.array(ScopeSchema).min(1).openapi({ description: '`investigate`, `cases:read`, `cases:write`; `admin` is the whole admin role.' }),
  })
  .openapi('ApiKeyCreate');

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.string().openapi({ description: '`agent:<username>`, `key:<id>`, `bootstrap`, or `anonymous` (failed sign-ins).', example: 'agent:mei' }),
    actorName: z.string().nullable().openapi({ description: "The agent's display name or the key's name.", example: 'Mei Lin' }),
    action: z.enum(AUDIT_ACTIONS),
    target: z.string().nullable().openapi({ description: 'The case number, user name, key id, transaction or address acted on.', example: 'TX-7K3QF' }),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .openapi('AuditEntry');

export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }).openapi('AuditPage');

export const AuditQuerySchema = z.object({
  actor: z.string().max(120).optional().openapi({ description: 'Only this actor, e.g. `agent:mei` or `key:3f9a0c71be`.' }),
  action: z.enum(AUDIT_ACTIONS).optional(),
  cursor: z.string().max(200).optional().openapi({ description: '`nextCursor` of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
