import type { intakeCodes } from '../../../diagnose/codes/intake.ts';
import type { FindingCatalog } from '../../types.ts';

/** 浏览器名称按原文保留（产品名）；网络名是专有名词。 */
export const intakeZh: FindingCatalog<keyof typeof intakeCodes> = {
  UNSUPPORTED_EXPLORER: {
    title: (p) => (p.network ? `${p.network} 的浏览器，暂不支持查询` : `${p.explorer} 支持多个网络，需要确认是哪一个`),
    detail: (p) => (p.network ? `投诉指向 ${p.explorer}（${p.network}）；本服务不支持 ${p.network}。` : `投诉指向 ${p.explorer}，它支持多个网络，无法确定是哪个网络。`),
    explain: (p) =>
      p.network
        ? `您发来的页面来自 ${p.explorer}，它显示的是 ${p.network} 上的交易。我们暂时无法查询 ${p.network} 上的交易；如果这笔转账确实是在 ${p.network} 上发出的，建议直接咨询转出平台的客服。`
        : `您发来的页面来自 ${p.explorer}，它可以显示很多不同网络的交易，所以我们无法从中判断您的转账走的是哪个网络。`,
    steps: (p) => [p.network ? '如果这笔转账其实是在其他网络上发出的，请告诉我们是哪个网络。' : '请问您转账时选择的是哪个网络（例如 TRC20、BEP20 或 ERC20）？'],
  },
};
