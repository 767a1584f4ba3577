import { z } from '@hono/zod-openapi';
import { allFindingCodes } from '../diagnose/codes/index.ts';

export const LangSchema = z.enum(['en', 'zh']).openapi({ description: 'Language of the user-facing text.' });

export const InvestigationRequestSchema = z
  .object({
    text: z.string().max(100_000).optional().openapi({ description: 'The complaint as the user wrote it (zh or en); hashes, addresses and explorer links inside are found automatically.', example: '我用 ERC20 给交易所转了 200 USDT，一直没到账 https://etherscan.io/tx/0x…' }),
    txHash: z.string().min(1).max(200).optional().openapi({ description: 'A transaction id: EVM 0x-hash, TRON 64-hex id or Solana signature.' }),
    address: z.string().min(1).max(200).optional().openapi({ description: 'An address involved (EVM 0x…, TRON T…, Solana base58).' }),
    network: z.string().min(1).max(50).optional().openapi({ description: 'Network id or name (ethereum, bsc, "BEP20", "币安链"…); restricts the lookup of txHash to it.' }),
    lang: LangSchema.optional(),
  })
  .openapi('InvestigationRequest');

export const EvidenceSchema = z.object({ label: z.string(), value: z.string(), url: z.string().optional() }).openapi('Evidence');

export const FindingSchema = z
  .object({
    code: z.enum(allFindingCodes as [string, ...string[]]).openapi({ description: 'Stable machine-readable code (see README).' }),
    severity: z.enum(['critical', 'high', 'medium', 'low', 'info']),
    category: z.enum(['delay', 'failure', 'missing', 'suspicious', 'ok', 'inconclusive']),
    title: z.string(),
    detail: z.string().openapi({ description: 'Technical detail for agents.' }),
    explanation: z.string().openapi({ description: 'Plain-language sentence for the user.' }),
    network: z.string().optional(),
    txHash: z.string().optional(),
    evidence: z.array(EvidenceSchema),
  })
  .openapi('Finding');

const AmountSchema = z.object({ raw: z.string(), decimals: z.number(), symbol: z.string(), formatted: z.string() }).openapi('Amount');

export const TransactionSchema = z
  .object({
    family: z.enum(['evm', 'tron', 'solana']),
    network: z.string(),
    hash: z.string(),
    status: z.enum(['pending', 'success', 'failed', 'replaced', 'dropped']),
    from: z.string(),
    to: z.string().nullable(),
    value: AmountSchema,
    tokenTransfers: z.array(
      z.object({ token: z.string(), symbol: z.string(), name: z.string(), decimals: z.number(), from: z.string(), to: z.string(), amount: AmountSchema, wellKnown: z.boolean(), impersonates: z.string().optional() }),
    ),
    fee: AmountSchema.nullable(),
    block: z.object({ number: z.number(), timestamp: z.number().nullable() }).nullable(),
    confirmations: z.number().nullable(),
    confirmationsRequired: z.number(),
    final: z.boolean(),
    explorerUrl: z.string(),
  })
  .passthrough()
  .openapi('Transaction');

export const AddressReportSchema = z
  .object({
    family: z.enum(['evm', 'tron', 'solana']),
    network: z.string(),
    address: z.string(),
    explorerUrl: z.string(),
    coverage: z
      .object({
        source: z.string(),
        fromBlock: z.number().nullable(),
        toBlock: z.number().nullable(),
        fromTime: z.number().nullable(),
        transfers: z.number(),
        truncated: z.boolean(),
        incomplete: z.boolean(),
        gaps: z.array(z.string()),
        notes: z.array(z.string()),
      })
      .openapi({ description: 'What the investigation covered: block range, transfers read, whether limits cut it short.' }),
    timeline: z.array(z.object({ timestamp: z.number().nullable(), block: z.number(), kind: z.enum(['in', 'out', 'approval', 'authority']), summary: z.string(), hash: z.string() })),
  })
  .passthrough()
  .openapi('AddressReport');

export const InvestigationSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    demo: z.boolean().openapi({ description: 'True when the data comes from the local demo chains.' }),
    lang: LangSchema,
    category: z.enum(['delay', 'failure', 'missing', 'suspicious', 'ok', 'inconclusive']),
    priority: z.enum(['P1', 'P2', 'P3', 'P4']),
    findings: z.array(FindingSchema),
    explanation: z.string(),
    suggestedReply: z.string(),
    nextSteps: z.array(z.string()),
    transactions: z.array(TransactionSchema),
    addresses: z.array(AddressReportSchema),
    lookups: z.array(z.object({ txHash: z.string(), network: z.string(), outcome: z.enum(['found', 'not_found', 'error']), error: z.string().optional() })),
    understood: z.object({
      txIds: z.array(z.string()),
      addresses: z.array(z.string()),
      amounts: z
        .array(z.object({ value: z.number(), unit: z.string(), kind: z.enum(['token', 'currency']), role: z.enum(['transfer', 'fee']) }))
        .openapi({ description: 'Amounts the complaint states, with their unit: a token ("USDT", kind token) or a currency ("USD", kind currency); role fee when the user ties it to a fee.' }),
      exchange: z
        .object({ name: z.string().optional(), direction: z.enum(['withdrawal', 'deposit']).optional() })
        .nullable()
        .openapi({ description: 'The exchange named ("Binance"; absent for "the exchange") and the direction: withdrawal (out of it) or deposit (into it).' }),
      hints: z.record(z.string(), z.unknown()),
    }),
    networkHealth: z.array(z.record(z.string(), z.unknown())).optional().openapi({ description: 'State of each network a transaction was found on (see GET /v1/networks/status).' }),
  })
  .openapi('Investigation');

/**
 * What the public may read about a transaction: exactly what the status page shows
 * (src/web/status-view.ts), never findings, codes, evidence, priority or the reply.
 */
export const PublicTxStatusSchema = z
  .object({
    view: z.literal('public').openapi({ description: 'The public view; the full diagnosis needs the agent key.' }),
    lang: LangSchema,
    demo: z.boolean(),
    category: InvestigationSchema.shape.category,
    categoryLabel: z.string(),
    explanation: z.array(z.string()).openapi({ description: 'Plain-language paragraphs for the user.' }),
    action: z.enum(['none', 'wait', 'act', 'avoid']).openapi({ description: 'Whether the user has something to do (avoid: nothing to fix, only something to stay away from, e.g. a phishing token).' }),
    nextSteps: z.array(z.string()),
    txs: z.array(
      z.object({
        network: z.string(),
        demoNetwork: z.boolean(),
        status: TransactionSchema.shape.status,
        final: z.boolean(),
        amounts: z.array(z.object({ text: z.string(), flag: z.enum(['phishing', 'fake']).optional(), note: z.enum(['not-moved', 'not-moved-yet']).optional() })),
        recipient: z.string().optional(),
        time: z.string().optional(),
        confirmations: z.object({ n: z.number(), of: z.number() }).optional(),
        explorerUrl: z.string().optional(),
        path: z.string(),
      }),
    ),
    refreshSeconds: z.number().nullable(),
  })
  .openapi('PublicTxStatus');

export const InvestigationSummarySchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    lang: LangSchema,
    category: InvestigationSchema.shape.category,
    priority: InvestigationSchema.shape.priority,
    codes: z.array(z.string()),
    txIds: z.array(z.string()),
    networks: z.array(z.string()).openapi({ description: 'Networks the transactions were found on.' }),
  })
  .openapi('InvestigationSummary');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const DemoCaseSchema = z
  .object({
    scenario: z.string(),
    network: z.string(),
    txHash: z.string().optional(),
    address: z.string().optional(),
    expectedCode: z.string().optional(),
    text: z.string().optional(),
  })
  .openapi('DemoCase');

export const problemResponses = {
  400: { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'Invalid input' },
  413: { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'Body too large' },
  429: { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'Rate limited' },
} as const;

/** Signed-in routes answer 401 without credentials, 403 when the role or the key's scopes lack the permission. */
export const agentProblemResponses = {
  401: { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'No credentials, or wrong ones (Authorization: Bearer <key>, or a console session)' },
  403: { content: { 'application/problem+json': { schema: ProblemSchema } }, description: 'FORBIDDEN: the role or the key\'s scopes do not include the permission this route needs' },
} as const;
