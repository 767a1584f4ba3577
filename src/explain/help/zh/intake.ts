import type { intakeCodes } from '../../../diagnose/codes/intake.ts';
import type { HelpSlice } from '../types.ts';

export const intakeHelpZh: HelpSlice<keyof typeof intakeCodes> = {
  UNSUPPORTED_EXPLORER: {
    title: '客服问我转账用的是哪个网络',
    means: '您发来的链接或浏览器属于我们这里无法查询的网络，或者是一个同时显示很多网络的浏览器，所以我们无法判断该去哪个网络查询。',
    why: ['很多区块浏览器看起来很像，有些浏览器在同一个名字下支持几十个网络。'],
    todo: ['请告诉我们您转账时选择的网络（例如 TRC20、ERC20 或 BEP20），在钱包的转账详情里可以看到。', '同时请发来钱包记录里的交易哈希（TxID）。'],
    time: '知道网络之后，我们可以马上为您查询。',
  },
};
