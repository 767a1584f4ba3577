import type { Lang } from '../../chains/types.ts';
import type { Category } from '../diagnose/types.ts';

/** The words of the self-help pages around the articles; the Chinese table is typed by the English one. */
const en = {
  indexTitle: 'Help: what our answers mean',
  indexHeading: 'Help',
  indexIntro: 'Each answer we give about a transaction has a short article here: what it means, why it happens, what to do and how long it takes.',
  groups: {
    ok: 'Completed',
    delay: 'Waiting or pending',
    failure: 'Failed transactions',
    missing: 'Not arrived',
    suspicious: 'Possible scams and theft',
    inconclusive: 'When we cannot tell yet',
  } satisfies Record<Category, string>,
  means: 'What it means',
  why: 'Why it happens',
  todo: 'What to do',
  time: 'How long it takes',
  checkTx: 'Check a transaction',
  allArticles: 'All help articles',
  readMore: 'Read more about this answer',
  articleMissing: 'There is no help article at this address.',
};

export type HelpStrings = typeof en;

const zh: HelpStrings = {
  indexTitle: '帮助：我们的查询结果是什么意思',
  indexHeading: '帮助中心',
  indexIntro: '我们对交易给出的每一种结果，这里都有一篇简短的说明：是什么意思、为什么会这样、该怎么做、需要多长时间。',
  groups: {
    ok: '已完成',
    delay: '等待中或处理中',
    failure: '交易失败',
    missing: '未到账',
    suspicious: '疑似诈骗和被盗',
    inconclusive: '暂时无法确定',
  },
  means: '这是什么意思',
  why: '为什么会这样',
  todo: '您可以怎么做',
  time: '需要多长时间',
  checkTx: '查询交易',
  allArticles: '全部帮助文章',
  readMore: '了解这个结果的详细说明',
  articleMissing: '这个地址没有对应的帮助文章。',
};

export const helpStrings: Record<Lang, HelpStrings> = { en, zh };
