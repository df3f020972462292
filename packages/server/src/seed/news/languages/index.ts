/** The texts of the multilingual stories, one pack per language of the portal. */
import type { PortalLanguage } from '@portal-kit/sdk';
import type { LanguagePack } from '../multilingual.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fa } from './fa.js';
import { fr } from './fr.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { kk } from './kk.js';
import { ko } from './ko.js';
import { mn } from './mn.js';
import { ms } from './ms.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { th } from './th.js';
import { tr } from './tr.js';
import { vi } from './vi.js';
import { zhCN } from './zh-CN.js';

export const LANGUAGE_PACKS: Readonly<Record<PortalLanguage, LanguagePack>> = {
  'zh-CN': zhCN,
  en,
  fr,
  ja,
  ru,
  de,
  ar,
  ko,
  es,
  pt,
  it,
  vi,
  th,
  id,
  ms,
  mn,
  tr,
  fa,
  kk,
};
