/**
 * Users in Taiwan and Hong Kong write traditional characters ("幣安還沒到帳", "錢包被盜").
 * The intake's words are simplified; folding the characters those words use, one
 * character for one, lets every pattern read both and keeps every index (hashes and
 * addresses are ASCII, so their positions do not move). Only what is matched is folded:
 * the user's own text is kept as written.
 */
const PAIRS =
  '幣币錢钱帳账賬账轉转盜盗從从還还沒没歐欧鏈链網网絡络額额續续費费錯错應应該该這这個个們们麼么筆笔號号資资產产騙骗買买賣卖領领權权現现請请幫帮為为時时過过經经發发達达給给說说點点與与兩两萬万礦矿戶户凍冻結结記记錄录詐诈駭骇竊窃損损遺遗簽签據据貨货處处顯显紅红綠绿庫库門门開开幾几塊块剛刚鐘钟後后誤误難难壓压鎖锁換换匯汇兌兑搶抢詢询問问題题啟启動动頭头贖赎盤盘釣钓魚鱼黃黄騰腾訊讯務务邊边對对';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i], PAIRS[i + 1]);

/** Any character there is to fold: most complaints have none, and are returned as they are without a copy. */
const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`);

export function foldTraditional(text: string): string {
  if (!TRADITIONAL.test(text)) return text;
  let out = '';
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
