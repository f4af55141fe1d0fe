/**
 * The report's styles and its one client script, inlined into each page so a page opened from the
 * file system needs nothing else. Colours: dark text on light fills, every pair above WCAG AA 4.5:1;
 * each type also has a darker underline so types differ by more than hue.
 */
import type { MentionType } from './items.js';

export const TYPE_COLOURS: Record<MentionType, { fill: string; line: string }> = {
  person: { fill: '#ffd9b3', line: '#a04a00' },
  place: { fill: '#c8ecc8', line: '#2a6e2e' },
  organization: { fill: '#d2e2ff', line: '#1f56b0' },
  money: { fill: '#fff0a0', line: '#7a5f00' },
  quantity: { fill: '#ead9ff', line: '#6435b0' },
  date: { fill: '#c4eeee', line: '#00695f' },
};

const typeRules = Object.entries(TYPE_COLOURS)
  .map(([type, c]) => `.t-${type}{background:${c.fill};border-bottom:2px solid ${c.line}}#text.hide-${type} .t-${type}{background:none;border-bottom:0}`)
  .join('');

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#fff}
a{color:#0645ad}a:visited{color:#5a2d91}
a:focus-visible,button:focus-visible,input:focus-visible,mark:focus-visible,[tabindex]:focus-visible{outline:3px solid #1a4fd6;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:10}
header,main{padding:0 24px}
header{border-bottom:1px solid #d0d0d0;padding-top:12px;padding-bottom:12px}
h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.2rem;margin:1.4em 0 .5em}h3{font-size:1rem;margin:1em 0 .3em}
.meta,.muted{color:#555}
.cards{display:flex;flex-wrap:wrap;gap:12px;padding:0;list-style:none}
.cards li{border:1px solid #d0d0d0;border-radius:6px;padding:8px 14px;min-width:9em}
.cards b{display:block;font-size:1.6rem}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(18em,1fr));gap:0 24px}
table{border-collapse:collapse}th,td{text-align:left;padding:3px 10px 3px 0;vertical-align:top}th{border-bottom:1px solid #999}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
ol.top{padding-left:1.8em}ol.top li{margin:2px 0}
.chip{padding:0 4px;border-radius:3px}
.pager{margin:8px 0}.pager a{padding:0 4px}.pager a[aria-current]{font-weight:700;color:#1b1b1b}
figure{margin:0}
svg{max-width:100%;height:auto;display:block}
.map{background:#e9f1f7;border:1px solid #c9d6e0}
.map .sphere{fill:#e9f1f7}.map .land{fill:#d8dccf;stroke:#fff;stroke-width:.5}
.map .marker{fill:#b3261e;fill-opacity:.75;stroke:#fff;stroke-width:1}
.map a:focus-visible .marker,.map a:hover .marker{fill:#1a4fd6;fill-opacity:1}
.bars rect{fill:#1f56b0}.bars a:hover rect,.bars a:focus-visible rect{fill:#b3261e}
.bars text{font-size:11px;fill:#1b1b1b}
`;

const ARTICLE_CSS = `
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(16em,1.2fr);gap:24px;padding:0 24px}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;padding:8px 24px;margin:0;border:0;border-bottom:1px solid #d0d0d0}
.legend label{cursor:pointer}
#status{min-height:1.5em;margin:4px 24px;color:#1b1b1b;font-weight:600}
#text{white-space:pre-wrap;overflow-wrap:break-word;font-size:1.05rem;line-height:1.75;max-width:48em;padding:12px 0 48px}
mark.m{color:#1b1b1b;border-radius:2px;cursor:pointer;padding:0 1px}
mark.m.sel{background:#1b1b1b;color:#fff;outline:2px solid #1b1b1b}
.ev.sel,.qt.sel{background:#fff6d6;box-shadow:0 2px 0 #7a5f00}
.tr.sel{font-weight:700;text-decoration:underline}
aside{border-left:1px solid #d0d0d0;padding:0 0 48px 16px;max-height:100vh;overflow:auto;position:sticky;top:0}
@media (max-width:900px){aside{border-left:0;position:static;max-height:none;padding-left:0}}
aside ul{list-style:none;padding:0;margin:0}aside li{margin:3px 0}
button.pick{font:inherit;text-align:left;color:#1b1b1b;background:#f4f4f4;border:1px solid #bbb;border-radius:4px;padding:2px 6px;cursor:pointer;max-width:100%}
button.pick[aria-pressed=true]{background:#1b1b1b;color:#fff;border-color:#1b1b1b}button.pick[aria-pressed=true] .sub,button.pick[aria-pressed=true] .n{color:#fff}
button.pick.t-person,button.pick.t-place,button.pick.t-organization,button.pick.t-money,button.pick.t-quantity,button.pick.t-date{border-width:1px 1px 3px}
.n{color:#444;font-size:.85em}
.sub{display:block;color:#555;font-size:.85em}
blockquote{margin:2px 0 0;padding-left:8px;border-left:3px solid #bbb;color:#333;font-size:.9em}
.warn{color:#7a2e00}
#tip{position:absolute;z-index:20;max-width:22em;background:#1b1b1b;color:#fff;padding:6px 10px;border-radius:4px;font-size:.875rem;line-height:1.35;pointer-events:none}
#tip b{display:block}
`;

function minifyCss(css: string): string {
  return css.replace(/\s*\n\s*/g, '').replace(/\s*([{};:,>])\s*/g, '$1').replace(/;}/g, '}');
}

export const BATCH_CSS = minifyCss(BASE_CSS);
export const ARTICLE_PAGE_CSS = minifyCss(BASE_CSS + typeRules + ARTICLE_CSS);

/**
 * The article page's behaviour: select an item (click, Enter or Space on a mention, or its button in
 * the side panel) to mark all its mentions, or an event or quote to mark its evidence; hover or
 * focus a mention for its normalised value; Escape clears; #k=<id> in the URL selects on load.
 */
export const ARTICLE_SCRIPT = `(function(){
var data=JSON.parse(document.getElementById('report-data').textContent),text=document.getElementById('text'),
tip=document.getElementById('tip'),status=document.getElementById('status'),index=null,selected=null;
function els(k){if(!index){index=new Map();text.querySelectorAll('[data-k]').forEach(function(e){var l=index.get(e.dataset.k);if(l)l.push(e);else index.set(e.dataset.k,[e]);});}return index.get(k)||[];}
function clear(){els(selected).forEach(function(e){e.classList.remove('sel');});
document.querySelectorAll('button[aria-pressed=true]').forEach(function(b){b.setAttribute('aria-pressed','false');});selected=null;status.textContent='';}
function select(k,scroll){var same=k===selected;clear();if(same||!data.items[k])return;selected=k;var list=els(k),item=data.items[k];
list.forEach(function(e){e.classList.add('sel');});
document.querySelectorAll('button[data-k="'+CSS.escape(k)+'"]').forEach(function(b){b.setAttribute('aria-pressed','true');});
var n=list.filter(function(e){return e.classList.contains('m')&&!e.classList.contains('cont');}).length;
status.textContent=item.label+(item.evidence?': evidence highlighted':': '+n+(n===1?' mention':' mentions')+' highlighted');
if(scroll&&list[0])list[0].scrollIntoView({block:'center'});
try{history.replaceState(null,'','#k='+encodeURIComponent(k));}catch(e){}}
function show(m){var item=data.items[m.dataset.k];if(!item)return;tip.textContent='';var b=document.createElement('b');b.textContent=item.label+' \\u2014 '+item.type;tip.appendChild(b);
item.details.forEach(function(l){var d=document.createElement('div');d.textContent=l;tip.appendChild(d);});
tip.hidden=false;var r=m.getBoundingClientRect(),w=tip.offsetWidth;tip.style.left=Math.max(4,Math.min(r.left+scrollX,scrollX+document.documentElement.clientWidth-w-4))+'px';tip.style.top=(r.bottom+scrollY+6)+'px';m.setAttribute('aria-describedby','tip');}
function hide(m){tip.hidden=true;if(m)m.removeAttribute('aria-describedby');}
function mark(e){return e.target.closest?e.target.closest('mark.m'):null;}
text.addEventListener('click',function(e){var m=mark(e);if(m)select(m.dataset.k,false);});
text.addEventListener('keydown',function(e){var m=mark(e);if(m&&(e.key==='Enter'||e.key===' ')){e.preventDefault();select(m.dataset.k,false);}});
text.addEventListener('mouseover',function(e){var m=mark(e);if(m)show(m);});
text.addEventListener('mouseout',function(e){var m=mark(e);if(m)hide(m);});
text.addEventListener('focusin',function(e){var m=mark(e);if(m)show(m);});
text.addEventListener('focusout',function(e){hide(mark(e));});
document.getElementById('panel').addEventListener('click',function(e){var b=e.target.closest('button[data-k]');if(b)select(b.dataset.k,true);});
document.querySelectorAll('.legend input').forEach(function(c){c.addEventListener('change',function(){text.classList.toggle('hide-'+c.value,!c.checked);});});
document.addEventListener('keydown',function(e){if(e.key==='Escape'){hide(null);clear();}});
var h=/^#k=(.+)$/.exec(location.hash);if(h)select(decodeURIComponent(h[1]),true);
})();`;
