-- The masthead and footer facts of every site, and the unit names of the special
-- commissioner's offices without the ministry's name (the masthead puts it before them).
-- The formats are those of `validateSite()` in @portal-kit/sdk (docs/naming-conventions.md);
-- the checks here are the database's last line of defence, the repository validates first.

ALTER TABLE sites
  ADD COLUMN url_pattern jsonb,
  ADD COLUMN organizer jsonb,
  ADD COLUMN site_code text,
  ADD COLUMN icp text,
  ADD COLUMN public_security text,
  ADD COLUMN contact jsonb;

-- Rows seeded before this migration get the facts the seed now writes (see
-- src/seed/registry/facts.ts), so an upgraded database equals a freshly seeded one.
UPDATE sites
SET names = jsonb_build_object(
      'zh-CN', regexp_replace(names ->> 'zh-CN', '^商务部', ''),
      'en', replace(names ->> 'en', ' of the Ministry of Commerce in ', ' in '))
WHERE kind = 'commissioner';

UPDATE sites
SET url_pattern = '{"kind": "path", "template": "/{lang}/"}',
    organizer = CASE kind
      WHEN 'main' THEN names
      ELSE jsonb_build_object('zh-CN', '中华人民共和国商务部',
                              'en', 'Ministry of Commerce of the People''s Republic of China')
    END,
    site_code = 'bm30' || lpad((CASE kind
      WHEN 'main' THEN 12
      WHEN 'department' THEN 101
      WHEN 'commissioner' THEN 201
      ELSE 1001
    END + position)::text, 6, '0'),
    contact = CASE kind
      WHEN 'overseas' THEN jsonb_build_object('email', id || '@mofcom.gov.cn')
      WHEN 'commissioner' THEN jsonb_build_object('phone', '12335', 'email', id || '@mofcom.gov.cn')
      ELSE jsonb_build_object('phone', '12335', 'address', '北京市东城区东长安街2号')
    END
WHERE kind <> 'local';

UPDATE sites AS s
SET url_pattern = '{"kind": "query", "template": "?lang={lang}"}',
    organizer = jsonb_build_object('zh-CN', p.organizer_zh, 'en', p.organizer_en),
    site_code = p.code || '00000100',
    contact = '{"phone": "12345"}'
FROM (VALUES
  ('beijing', '11', '北京市商务局', 'Beijing Municipal Bureau of Commerce'),
  ('tianjin', '12', '天津市商务局', 'Tianjin Municipal Bureau of Commerce'),
  ('hebei', '13', '河北省商务厅', 'Department of Commerce of Hebei'),
  ('shanxi', '14', '山西省商务厅', 'Department of Commerce of Shanxi'),
  ('neimenggu', '15', '内蒙古自治区商务厅', 'Department of Commerce of Inner Mongolia'),
  ('liaoning', '21', '辽宁省商务厅', 'Department of Commerce of Liaoning'),
  ('jilin', '22', '吉林省商务厅', 'Department of Commerce of Jilin'),
  ('heilongjiang', '23', '黑龙江省商务厅', 'Department of Commerce of Heilongjiang'),
  ('shanghai', '31', '上海市商务委员会', 'Shanghai Municipal Commission of Commerce'),
  ('jiangsu', '32', '江苏省商务厅', 'Department of Commerce of Jiangsu'),
  ('zhejiang', '33', '浙江省商务厅', 'Department of Commerce of Zhejiang'),
  ('anhui', '34', '安徽省商务厅', 'Department of Commerce of Anhui'),
  ('fujian', '35', '福建省商务厅', 'Department of Commerce of Fujian'),
  ('jiangxi', '36', '江西省商务厅', 'Department of Commerce of Jiangxi'),
  ('shandong', '37', '山东省商务厅', 'Department of Commerce of Shandong'),
  ('henan', '41', '河南省商务厅', 'Department of Commerce of Henan'),
  ('hubei', '42', '湖北省商务厅', 'Department of Commerce of Hubei'),
  ('hunan', '43', '湖南省商务厅', 'Department of Commerce of Hunan'),
  ('guangdong', '44', '广东省商务厅', 'Department of Commerce of Guangdong'),
  ('guangxi', '45', '广西壮族自治区商务厅', 'Department of Commerce of Guangxi'),
  ('hainan', '46', '海南省商务厅', 'Department of Commerce of Hainan'),
  ('chongqing', '50', '重庆市商务委员会', 'Chongqing Municipal Commission of Commerce'),
  ('sichuan', '51', '四川省商务厅', 'Department of Commerce of Sichuan'),
  ('guizhou', '52', '贵州省商务厅', 'Department of Commerce of Guizhou'),
  ('yunnan', '53', '云南省商务厅', 'Department of Commerce of Yunnan'),
  ('xizang', '54', '西藏自治区商务厅', 'Department of Commerce of Xizang'),
  ('shaanxi', '61', '陕西省商务厅', 'Department of Commerce of Shaanxi'),
  ('gansu', '62', '甘肃省商务厅', 'Department of Commerce of Gansu'),
  ('qinghai', '63', '青海省商务厅', 'Department of Commerce of Qinghai'),
  ('ningxia', '64', '宁夏回族自治区商务厅', 'Department of Commerce of Ningxia'),
  ('xinjiang', '65', '新疆维吾尔自治区商务厅', 'Department of Commerce of Xinjiang'),
  ('bingtuan', '66', '新疆生产建设兵团商务局',
   'Bureau of Commerce of the Xinjiang Production and Construction Corps')
) AS p (id, code, organizer_zh, organizer_en)
WHERE s.id = p.id;

UPDATE sites
SET icp = '京ICP备05004093号-1',
    public_security = '京公网安备 11040102700068号';

ALTER TABLE sites
  ALTER COLUMN url_pattern SET NOT NULL,
  ALTER COLUMN organizer SET NOT NULL,
  ALTER COLUMN site_code SET NOT NULL,
  ALTER COLUMN icp SET NOT NULL,
  ALTER COLUMN public_security SET NOT NULL,
  ALTER COLUMN contact SET NOT NULL,
  -- { "kind": "subdomain" | "path" | "query", "template": "…{lang}…" }
  ADD CONSTRAINT sites_url_pattern_check CHECK (
    jsonb_typeof(url_pattern) = 'object'
    AND url_pattern ->> 'kind' IN ('subdomain', 'path', 'query')
    AND strpos(url_pattern ->> 'template', '{lang}') > 0
  ),
  -- 主办单位 per language; Chinese always.
  ADD CONSTRAINT sites_organizer_check CHECK (
    jsonb_typeof(organizer) = 'object' AND organizer ? 'zh-CN'
  ),
  -- 网站标识码: bm + 8 digits (a ministry's site) or 10 digits (a local government's site).
  ADD CONSTRAINT sites_site_code_check CHECK (site_code ~ '^(bm[0-9]{8}|[0-9]{10})$'),
  ADD CONSTRAINT sites_site_code_key UNIQUE (site_code),
  -- 京ICP备05004093号-1
  ADD CONSTRAINT sites_icp_check CHECK (
    icp ~ '^[^0-9A-Za-z]ICP备([0-9]{8}|[0-9]{10})号(-[1-9][0-9]{0,2})?$'
  ),
  -- 京公网安备 11040102700068号
  ADD CONSTRAINT sites_public_security_check CHECK (
    public_security ~ '^[^0-9A-Za-z]公网安备 ?[0-9]{14}号$'
  ),
  -- { "phone"?, "email"?, "address"? }, at least one.
  ADD CONSTRAINT sites_contact_check CHECK (
    jsonb_typeof(contact) = 'object' AND contact <> '{}'::jsonb
  );
