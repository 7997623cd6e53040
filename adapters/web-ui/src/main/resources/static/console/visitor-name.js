import {language} from "./i18n.js";

// A visitor who gave no name gets a friendly one made from their id, the same in every view and on every reload:
// "Amber Otter" in English, "琥珀水獭" in Chinese. Names visitors gave are remembered here once a pane has read them.
const COLOURS = [["Amber", "琥珀"], ["Azure", "蔚蓝"], ["Coral", "珊瑚"], ["Crimson", "绯红"], ["Golden", "金色"],
  ["Indigo", "靛蓝"], ["Ivory", "象牙"], ["Jade", "翡翠"], ["Lemon", "柠檬"], ["Lilac", "丁香"], ["Mint", "薄荷"],
  ["Olive", "橄榄"], ["Pearl", "珍珠"], ["Plum", "梅子"], ["Ruby", "红宝石"], ["Sage", "鼠尾草"], ["Silver", "银色"],
  ["Teal", "青色"], ["Violet", "紫罗兰"], ["Walnut", "胡桃"], ["Cobalt", "钴蓝"], ["Copper", "古铜"], ["Maple", "枫叶"],
  ["Snow", "雪白"]];
const ANIMALS = [["Otter", "水獭"], ["Fox", "狐狸"], ["Panda", "熊猫"], ["Crane", "仙鹤"], ["Dolphin", "海豚"],
  ["Falcon", "猎鹰"], ["Hedgehog", "刺猬"], ["Koala", "考拉"], ["Lynx", "猞猁"], ["Owl", "猫头鹰"], ["Penguin", "企鹅"],
  ["Rabbit", "兔子"], ["Robin", "知更鸟"], ["Seal", "海豹"], ["Swan", "天鹅"], ["Tiger", "老虎"], ["Whale", "鲸鱼"],
  ["Wolf", "狼"], ["Yak", "牦牛"], ["Zebra", "斑马"], ["Badger", "獾"], ["Heron", "白鹭"], ["Magpie", "喜鹊"],
  ["Squirrel", "松鼠"]];
const given = new Map();

/** Remembers the name a visitor gave (from their sidebar), so that the list and tabs show it too. */
export function rememberVisitor(visitorId, name) {
  if (visitorId && name) given.set(visitorId, name);
}

export function visitorName(visitorId, name) {
  if (name) return name;
  if (given.has(visitorId)) return given.get(visitorId);
  const hex = (visitorId || "").replace(/[^0-9a-f]/gi, "");
  if (!hex) return "";
  const number = parseInt(hex.slice(-8), 16) || 0;
  const zh = language() === "zh-CN";
  const colour = COLOURS[number % COLOURS.length][zh ? 1 : 0];
  const animal = ANIMALS[Math.floor(number / COLOURS.length) % ANIMALS.length][zh ? 1 : 0];
  return zh ? colour + animal : colour + " " + animal;
}
