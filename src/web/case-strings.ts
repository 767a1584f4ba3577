import type { Lang } from '../../chains/types.ts';
import type { CaseStatus } from '../cases/model.ts';

/** Words of the user's case page, zh and en. */
export const caseStrings: Record<Lang, {
  title: (n: string) => string;
  heading: (n: string) => string;
  progress: string;
  status: Record<CaseStatus, string>;
  received: string;
  lastChecked: string;
  watching: (seconds: number) => string;
  latest: string;
  invalidTitle: string;
  invalid: string;
}> = {
  en: {
    title: (n) => `Case ${n}`,
    heading: (n) => `Your case ${n}`,
    progress: 'Progress',
    status: {
      open: 'Our support team is looking into it and will reply to you.',
      waiting_on_chain: 'We are waiting for the blockchain. We check again automatically and will update you when it changes.',
      waiting_on_user: 'We need something from you to continue. Please see our last message.',
      resolved: 'Solved. If something is still not right, reply to our last message.',
      closed: 'This case is closed. If you need more help, contact us again.',
    },
    received: 'Received',
    lastChecked: 'Last update',
    watching: (s) => `This page updates by itself every ${s} seconds while we wait.`,
    latest: 'What we found',
    invalidTitle: 'Link not valid',
    invalid: 'This case link is not valid. Please use the full link we sent you, or contact our support.',
  },
  zh: {
    title: (n) => `工单 ${n}`,
    heading: (n) => `您的工单 ${n}`,
    progress: '处理进度',
    status: {
      open: '客服正在处理您的问题，稍后会回复您。',
      waiting_on_chain: '我们正在等待区块链确认，系统会自动再次查询，一有变化就通知您。',
      waiting_on_user: '我们需要您补充一些信息才能继续，请查看我们的上一条消息。',
      resolved: '问题已解决。如果还有不对的地方，直接回复我们的上一条消息即可。',
      closed: '这个工单已关闭。如需更多帮助，请再次联系我们。',
    },
    received: '受理时间',
    lastChecked: '最近更新',
    watching: (s) => `在等待期间，本页面每 ${s} 秒自动刷新一次。`,
    latest: '查询结果',
    invalidTitle: '链接无效',
    invalid: '这个工单链接无效。请使用我们发给您的完整链接，或联系客服。',
  },
};
