import type { Catalog } from '../../types.ts';
import { commonZh } from './common.ts';
import { evmZh } from './evm.ts';
import { networkZh } from './network.ts';
import { intakeZh } from './intake.ts';
import { solanaZh } from './solana.ts';
import { semanticsZh } from './semantics.ts';
import { theftZh } from './theft.ts';
import { tronZh } from './tron.ts';

export const zh: Catalog = {
  lang: 'zh',
  findings: { ...commonZh, ...evmZh, ...theftZh, ...tronZh, ...solanaZh, ...semanticsZh, ...networkZh, ...intakeZh },
  phrases: {
    greeting: '您好，感谢您的耐心等待。',
    checked: '我们已经在链上为您查询了相关记录。',
    hello: '您好，',
    closing: '如果还有不清楚的地方，直接回复我们就好，我们会继续协助您。',
    nextStepsHeading: '接下来建议您：',
    scamWarning: '温馨提醒：我们的客服绝不会向您索要助记词或私钥；任何声称可以收费“找回”资产的人或机构都是骗子，请不要相信。',
    demoNotice: '演示数据：此结果来自本地演示链，并非真实网络。',
    followUp: '我们会持续关注这笔交易在链上的状态，一有变化就第一时间通知您，您不需要再来询问。',
    checkLink: (url) => `您也可以在这里自行查看：${url}`,
    aboutTx: (hash) => `关于交易 ${hash}：`,
    helpLink: (url) => `关于这种情况的详细说明和处理方法：${url}`,
    categories: { delay: '延迟', failure: '失败', missing: '未到账', suspicious: '可疑', ok: '已完成', inconclusive: '暂无法确定' },
    priorities: { P1: '紧急', P2: '高', P3: '普通', P4: '低' },
  },
};
