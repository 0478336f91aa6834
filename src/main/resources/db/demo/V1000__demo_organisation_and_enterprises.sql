-- Demo data for the Xiangyang (Hubei) Ecology and Environment Bureau: enforcement grid, staff, townships,
-- monitoring stations, enterprises, positive-list entries and violations (portable H2 / PostgreSQL SQL).

-- Dates are relative to CURRENT_DATE so the fixtures never go stale. Enterprise names, addresses,
-- credit codes and people are invented; township names are real.

-- Organisation: city bureau -> branch bureaus -> brigades -> squadrons.
-- Supervisors and auditors sit directly in the city bureau (XY).
INSERT INTO org_unit (code, name, kind, parent_code) VALUES
    ('XY', '襄阳市生态环境局', 'CITY_BUREAU', NULL),
    ('XY-GX', '襄阳市生态环境局高新分局', 'BRANCH_BUREAU', 'XY'),
    ('XY-XC', '襄阳市生态环境局襄城分局', 'BRANCH_BUREAU', 'XY'),
    ('XY-ZY', '襄阳市生态环境局枣阳分局', 'BRANCH_BUREAU', 'XY'),
    ('XY-GC', '襄阳市生态环境局谷城分局', 'BRANCH_BUREAU', 'XY'),
    ('XY-GX-B', '高新生态环境保护综合执法大队', 'BRIGADE', 'XY-GX'),
    ('XY-XC-B', '襄城生态环境保护综合执法大队', 'BRIGADE', 'XY-XC'),
    ('XY-ZY-B', '枣阳生态环境保护综合执法大队', 'BRIGADE', 'XY-ZY'),
    ('XY-GC-B', '谷城生态环境保护综合执法大队', 'BRIGADE', 'XY-GC'),
    ('XY-GX-SQ1', '高新执法一中队', 'SQUADRON', 'XY-GX-B'),
    ('XY-GX-SQ2', '高新执法二中队', 'SQUADRON', 'XY-GX-B'),
    ('XY-XC-SQ1', '襄城执法一中队', 'SQUADRON', 'XY-XC-B'),
    ('XY-XC-SQ2', '襄城执法二中队', 'SQUADRON', 'XY-XC-B'),
    ('XY-ZY-SQ1', '枣阳执法一中队', 'SQUADRON', 'XY-ZY-B'),
    ('XY-ZY-SQ2', '枣阳执法二中队', 'SQUADRON', 'XY-ZY-B'),
    ('XY-GC-SQ1', '谷城执法一中队', 'SQUADRON', 'XY-GC-B'),
    ('XY-GC-SQ2', '谷城执法二中队', 'SQUADRON', 'XY-GC-B');

-- Staff. Certificate numbers only for inspectors and squadron leaders.
-- sunhao is on leave (available = FALSE). XY-XC-SQ1 deliberately has a single inspector (zhaolei).
INSERT INTO staff (user_id, name, email, role, org_unit_code, certificate_no, available) VALUES
    ('sunli', '孙丽', 'sunli@hb-xy-eeb.example.cn', 'SUPERVISOR', 'XY', NULL, TRUE),
    ('zhoumin', '周敏', 'zhoumin@hb-xy-eeb.example.cn', 'AUDITOR', 'XY', NULL, TRUE),
    ('chenjun', '陈军', 'chenjun@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-GX-SQ1', '鄂环执字第4206001001号', TRUE),
    ('wangqiang', '王强', 'wangqiang@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GX-SQ1', '鄂环执字第4206001002号', TRUE),
    ('liuyang', '刘洋', 'liuyang@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GX-SQ1', '鄂环执字第4206001003号', TRUE),
    ('sunhao', '孙浩', 'sunhao@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GX-SQ1', '鄂环执字第4206001004号', FALSE),
    ('lijianguo', '李建国', 'lijianguo@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-GX-SQ2', '鄂环执字第4206001005号', TRUE),
    ('zhangwei', '张伟', 'zhangwei@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GX-SQ2', '鄂环执字第4206001006号', TRUE),
    ('yangfan', '杨帆', 'yangfan@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GX-SQ2', '鄂环执字第4206001007号', TRUE),
    ('hemin', '何敏', 'hemin@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-XC-SQ1', '鄂环执字第4206001008号', TRUE),
    ('zhaolei', '赵磊', 'zhaolei@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-XC-SQ1', '鄂环执字第4206001009号', TRUE),
    ('huangzhigang', '黄志刚', 'huangzhigang@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-XC-SQ2', '鄂环执字第4206001010号', TRUE),
    ('wujing', '吴静', 'wujing@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-XC-SQ2', '鄂环执字第4206001011号', TRUE),
    ('xubin', '徐斌', 'xubin@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-XC-SQ2', '鄂环执字第4206001012号', TRUE),
    ('madehua', '马德华', 'madehua@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-ZY-SQ1', '鄂环执字第4206001013号', TRUE),
    ('hutao', '胡涛', 'hutao@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-ZY-SQ1', '鄂环执字第4206001014号', TRUE),
    ('guoxiaoyan', '郭晓燕', 'guoxiaoyan@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-ZY-SQ1', '鄂环执字第4206001015号', TRUE),
    ('zhuhongwei', '朱宏伟', 'zhuhongwei@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-ZY-SQ2', '鄂环执字第4206001016号', TRUE),
    ('linfeng', '林峰', 'linfeng@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-ZY-SQ2', '鄂环执字第4206001017号', TRUE),
    ('gaoxue', '高雪', 'gaoxue@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-ZY-SQ2', '鄂环执字第4206001018号', TRUE),
    ('luoming', '罗明', 'luoming@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-GC-SQ1', '鄂环执字第4206001019号', TRUE),
    ('zhengkai', '郑凯', 'zhengkai@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GC-SQ1', '鄂环执字第4206001020号', TRUE),
    ('liangting', '梁婷', 'liangting@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GC-SQ1', '鄂环执字第4206001021号', TRUE),
    ('songjianjun', '宋建军', 'songjianjun@hb-xy-eeb.example.cn', 'SQUADRON_LEADER', 'XY-GC-SQ2', '鄂环执字第4206001022号', TRUE),
    ('xiepeng', '谢鹏', 'xiepeng@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GC-SQ2', '鄂环执字第4206001023号', TRUE),
    ('hanbing', '韩冰', 'hanbing@hb-xy-eeb.example.cn', 'INSPECTOR', 'XY-GC-SQ2', '鄂环执字第4206001024号', TRUE);

-- Townships / streets (real names) mapped to the squadron that covers them.
INSERT INTO township (code, name, squadron_code) VALUES
    ('TS-GX-TUANSHAN', '团山镇', 'XY-GX-SQ1'),
    ('TS-GX-MIZHUANG', '米庄镇', 'XY-GX-SQ1'),
    ('TS-GX-ZIZHEN', '紫贞街道', 'XY-GX-SQ2'),
    ('TS-GX-DONGFENG', '东风街道', 'XY-GX-SQ2'),
    ('TS-GX-LIUJI', '刘集街道', 'XY-GX-SQ2'),
    ('TS-XC-WOLONG', '卧龙镇', 'XY-XC-SQ1'),
    ('TS-XC-YINJI', '尹集乡', 'XY-XC-SQ1'),
    ('TS-XC-OUMIAO', '欧庙镇', 'XY-XC-SQ2'),
    ('TS-XC-PANGGONG', '庞公街道', 'XY-XC-SQ2'),
    ('TS-XC-ZHENWUSHAN', '真武山街道', 'XY-XC-SQ2'),
    ('TS-ZY-NANCHENG', '南城街道', 'XY-ZY-SQ1'),
    ('TS-ZY-BEICHENG', '北城街道', 'XY-ZY-SQ1'),
    ('TS-ZY-WUDIAN', '吴店镇', 'XY-ZY-SQ1'),
    ('TS-ZY-XINGLONG', '兴隆镇', 'XY-ZY-SQ2'),
    ('TS-ZY-JUWAN', '琚湾镇', 'XY-ZY-SQ2'),
    ('TS-ZY-QIFANG', '七方镇', 'XY-ZY-SQ2'),
    ('TS-GC-CHENGGUAN', '城关镇', 'XY-GC-SQ1'),
    ('TS-GC-SHIHUA', '石花镇', 'XY-GC-SQ1'),
    ('TS-GC-LENGJI', '冷集镇', 'XY-GC-SQ2'),
    ('TS-GC-MIAOTAN', '庙滩镇', 'XY-GC-SQ2'),
    ('TS-GC-SHENGKANG', '盛康镇', 'XY-GC-SQ2');

-- Monitoring stations; coordinates are approximate (WGS-84 degrees).
INSERT INTO monitoring_station (code, name, kind, township_code, longitude, latitude) VALUES
    ('ST-TZW', '台子湾路站', 'AMBIENT_AIR', 'TS-GX-TUANSHAN', 112.1762, 32.0431),
    ('ST-MZ', '米庄镇站', 'AMBIENT_AIR', 'TS-GX-MIZHUANG', 112.1068, 32.1437),
    ('ST-XCQZF', '襄城区政府站', 'AMBIENT_AIR', 'TS-XC-ZHENWUSHAN', 112.1391, 32.0078),
    ('ST-ZYJCZ', '枣阳市监测站', 'AMBIENT_AIR', 'TS-ZY-NANCHENG', 112.7613, 32.1192),
    ('ST-GCJCZ', '谷城县监测站', 'AMBIENT_AIR', 'TS-GC-CHENGGUAN', 111.6527, 32.2634),
    ('ST-BJW', '汉江白家湾断面', 'SURFACE_WATER', 'TS-XC-OUMIAO', 112.2108, 31.9587);

-- Enterprises. Credit codes follow the GB 32100-2015 layout (with valid check characters);
-- pollutants are HJ 212-2017 factor codes.
INSERT INTO enterprise (code, name, credit_code, address, longitude, latitude, township_code, industry, category, characteristic_pollutants, responsible_inspector, deputy_inspector) VALUES
    -- ENT-0001: ordinary firm, not on positive list, no violations
    ('ENT-0001', '襄阳恒瑞汽车零部件有限公司', '91420600MA45WT9F2U', '湖北省襄阳市高新区团山镇台子湾路18号', 112.1940, 32.0370, 'TS-GX-TUANSHAN', '汽车零部件及配件制造', 'ORDINARY', 'a24088,a34013', 'wangqiang', 'liuyang'),
    -- ENT-0002: current positive-list firm, no violations
    ('ENT-0002', '襄阳鼎泰机械制造有限公司', '914206007700726096', '湖北省襄阳市高新区团山镇邓城大道东段66号', 112.2020, 32.0460, 'TS-GX-TUANSHAN', '通用设备制造', 'ORDINARY', 'a34013,a24088', 'wangqiang', 'liuyang'),
    -- ENT-0003: repeat violator
    ('ENT-0003', '襄阳金源化工有限公司', '914206007080762545', '湖北省襄阳市高新区团山镇化工园路9号', 112.2080, 32.0290, 'TS-GX-TUANSHAN', '化学原料和化学制品制造', 'KEY', 'w01018,w21003,a24088,a21028', 'liuyang', 'wangqiang'),
    -- ENT-0004: no responsible or deputy inspector assigned
    ('ENT-0004', '襄阳瑞丰食品有限公司', '91420600MA4N46Q5XU', '湖北省襄阳市高新区团山镇工业园三路12号', 112.1840, 32.0490, 'TS-GX-TUANSHAN', '食品制造', 'ORDINARY', 'w01018,w21003', NULL, NULL),
    -- ENT-0005: responsible inspector sunhao is unavailable
    ('ENT-0005', '襄阳兴达包装印刷有限公司', '91420600MA4CT55W07', '湖北省襄阳市高新区团山镇长虹北路201号', 112.1800, 32.0360, 'TS-GX-TUANSHAN', '包装装潢印刷', 'ORDINARY', 'a24088,a25003,a25005', 'sunhao', 'liuyang'),
    -- ENT-0006: Wolong township, responsible zhaolei
    ('ENT-0006', '襄阳隆中建材有限公司', '91420602MA4H0GEU82', '湖北省襄阳市襄城区卧龙镇隆中路南段28号', 112.0160, 31.9890, 'TS-XC-WOLONG', '水泥制品制造', 'ORDINARY', 'a34013', 'zhaolei', NULL),
    -- ENT-0007: positive-list entry removed 30 days ago (no violation row on purpose)
    ('ENT-0007', '襄阳佳和食品有限公司', '91420600MA46DYUN2L', '湖北省襄阳市高新区紫贞街道追日路37号', 112.1550, 32.0760, 'TS-GX-ZIZHEN', '食品制造', 'ORDINARY', 'w01018,w21003', 'zhangwei', 'yangfan'),
    -- ENT-0008: exactly one violation in the last 12 months
    ('ENT-0008', '襄阳华康食品有限公司', '91420602613726744G', '湖北省襄阳市襄城区庞公街道汉江南路156号', 112.1660, 32.0180, 'TS-XC-PANGGONG', '食品制造', 'ORDINARY', 'w01018,w21003', 'wujing', 'xubin'),
    -- ENT-0009 onwards: remaining firms spread over all branches
    ('ENT-0009', '襄阳汉晟热电有限公司', '914206007700248187', '湖北省襄阳市高新区米庄镇热电路1号', 112.1180, 32.1340, 'TS-GX-MIZHUANG', '电力、热力生产和供应', 'KEY', 'a21026,a21002,a34013', 'wangqiang', 'liuyang'),
    ('ENT-0010', '襄阳卓越汽车饰件有限公司', '91420600MA443BR30K', '湖北省襄阳市高新区米庄镇米庄大道88号', 112.1030, 32.1450, 'TS-GX-MIZHUANG', '汽车零部件及配件制造', 'ORDINARY', 'a24088,a25003,a25005', 'liuyang', 'wangqiang'),
    ('ENT-0011', '襄阳华瑞汽车电器有限公司', '91420600MA4GE5DM1X', '湖北省襄阳市高新区紫贞街道航天路21号', 112.1440, 32.0870, 'TS-GX-ZIZHEN', '汽车零部件及配件制造', 'ORDINARY', 'a24088', 'yangfan', 'zhangwei'),
    ('ENT-0012', '襄阳东达汽车涂装有限公司', '9142060063123126X5', '湖北省襄阳市高新区东风街道东风汽车大道106号', 112.1310, 32.0720, 'TS-GX-DONGFENG', '汽车车身涂装', 'KEY', 'a24088,a25002,a25003,a25005', 'zhangwei', 'yangfan'),
    ('ENT-0013', '襄阳天工轴承制造有限公司', '91420600677499181M', '湖北省襄阳市高新区东风街道春园西路45号', 112.1200, 32.0660, 'TS-GX-DONGFENG', '轴承制造', 'ORDINARY', 'a34013,w22001', 'yangfan', 'zhangwei'),
    ('ENT-0014', '襄阳康瑞制药有限公司', '91420600MA4TKFU87B', '湖北省襄阳市高新区刘集街道医药产业园7号', 112.2570, 32.1250, 'TS-GX-LIUJI', '化学药品原料药制造', 'KEY', 'w01018,w21003,a24088', 'zhangwei', 'yangfan'),
    ('ENT-0015', '襄阳高新区刘集污水处理有限公司', '91420600671455882F', '湖北省襄阳市高新区刘集街道清河路3号', 112.2420, 32.1340, 'TS-GX-LIUJI', '污水处理及其再生利用', 'KEY', 'w01018,w21003,w21011,w21001', 'yangfan', 'zhangwei'),
    ('ENT-0016', '襄阳古隆中餐饮管理有限公司', '91420602MA4PHWT52N', '湖北省襄阳市襄城区卧龙镇隆中大道9号', 112.0060, 31.9820, 'TS-XC-WOLONG', '正餐服务', 'ORDINARY', 'a34013,a24088', 'zhaolei', NULL),
    ('ENT-0017', '襄阳岘山水泥有限公司', '91420602606233685P', '湖北省襄阳市襄城区尹集乡岘山路18号', 112.0710, 31.9550, 'TS-XC-YINJI', '水泥制造', 'KEY', 'a21026,a21002,a34013', 'zhaolei', NULL),
    ('ENT-0018', '襄阳余家湖精细化工有限公司', '91420602759330945R', '湖北省襄阳市襄城区欧庙镇余家湖工业园化工路5号', 112.2080, 31.9530, 'TS-XC-OUMIAO', '化学原料和化学制品制造', 'KEY', 'w01018,w21003,a24088,a21001', 'wujing', 'xubin'),
    ('ENT-0019', '襄阳汉水纸业有限公司', '9142060260202865XD', '湖北省襄阳市襄城区欧庙镇余家湖工业园滨江路22号', 112.2120, 31.9570, 'TS-XC-OUMIAO', '造纸和纸制品业', 'KEY', 'w01018,w21003,w21011,a21028', 'xubin', 'wujing'),
    ('ENT-0020', '襄阳楚丰粮油有限公司', '91420602MA4A8PDT5G', '湖北省襄阳市襄城区欧庙镇欧庙街102号', 112.2250, 31.9310, 'TS-XC-OUMIAO', '食用植物油加工', 'ORDINARY', 'w01018,w21003', 'wujing', 'xubin'),
    ('ENT-0021', '襄阳古城餐饮管理有限公司', '91420602MA46XBDTXC', '湖北省襄阳市襄城区真武山街道檀溪路76号', 112.1390, 32.0030, 'TS-XC-ZHENWUSHAN', '正餐服务', 'ORDINARY', 'a34013,a24088', 'xubin', 'wujing'),
    ('ENT-0022', '枣阳市城南污水处理有限公司', '91420683685826568B', '湖北省枣阳市南城街道光武大道南段318号', 112.7710, 32.1070, 'TS-ZY-NANCHENG', '污水处理及其再生利用', 'KEY', 'w01018,w21003,w21011,w21001', 'hutao', 'guoxiaoyan'),
    ('ENT-0023', '枣阳市光华汽车摩擦材料有限公司', '91420683MA4UKR960F', '湖北省枣阳市南城街道汽车工业园兴业路16号', 112.7580, 32.1100, 'TS-ZY-NANCHENG', '汽车摩擦材料制造', 'ORDINARY', 'a34013,a24088', 'guoxiaoyan', 'hutao'),
    ('ENT-0024', '枣阳市鑫源电镀有限公司', '91420683689357316Y', '湖北省枣阳市北城街道电镀集中区2号', 112.7650, 32.1510, 'TS-ZY-BEICHENG', '金属表面处理及热处理加工', 'KEY', 'w20116,w20117,w20121,w20122,w01018', 'hutao', 'guoxiaoyan'),
    ('ENT-0025', '枣阳市吴店酒业有限公司', '9142068370755308X3', '湖北省枣阳市吴店镇白水路58号', 112.6340, 32.0370, 'TS-ZY-WUDIAN', '白酒制造', 'ORDINARY', 'w01018,w21003', 'guoxiaoyan', 'hutao'),
    ('ENT-0026', '枣阳市万顺纺织印染有限公司', '91420683734806716N', '湖北省枣阳市吴店镇工业园纺织路8号', 112.6240, 32.0440, 'TS-ZY-WUDIAN', '棉印染精加工', 'KEY', 'w01018,w21003,w01002,w21001', 'hutao', 'guoxiaoyan'),
    ('ENT-0027', '枣阳市兴隆水泥有限公司', '91420683704192485A', '湖北省枣阳市兴隆镇建材路1号', 112.8770, 32.1550, 'TS-ZY-XINGLONG', '水泥制造', 'KEY', 'a21026,a21002,a34013', 'linfeng', 'gaoxue'),
    ('ENT-0028', '枣阳市琚湾桃业食品有限公司', '91420683MA4849KX5N', '湖北省枣阳市琚湾镇滚河路35号', 112.5460, 32.1730, 'TS-ZY-JUWAN', '罐头食品制造', 'ORDINARY', 'w01018,w21003', 'gaoxue', 'linfeng'),
    ('ENT-0029', '枣阳市七方化肥有限公司', '91420683751878711D', '湖北省枣阳市七方镇工业路12号', 112.6550, 32.2640, 'TS-ZY-QIFANG', '化学肥料制造', 'KEY', 'a21001,a34013,w21003', 'linfeng', 'gaoxue'),
    ('ENT-0030', '谷城县恒昌汽车零部件有限公司', '91420625MA48775G16', '湖北省谷城县城关镇东环路汽车零部件产业园29号', 111.6580, 32.2550, 'TS-GC-CHENGGUAN', '汽车零部件及配件制造', 'ORDINARY', 'a34013,a24088', 'zhengkai', 'liangting'),
    ('ENT-0031', '谷城县城区污水处理有限公司', '91420625717356733P', '湖北省谷城县城关镇滨江路9号', 111.6540, 32.2660, 'TS-GC-CHENGGUAN', '污水处理及其再生利用', 'KEY', 'w01018,w21003,w21011,w21001', 'liangting', 'zhengkai'),
    ('ENT-0032', '谷城县华源食品有限公司', '91420625MA4YRJKNX6', '湖北省谷城县石花镇石花街62号', 111.4850, 32.2770, 'TS-GC-SHIHUA', '食品制造', 'ORDINARY', 'w01018,w21003', 'zhengkai', 'liangting'),
    ('ENT-0033', '谷城县华鑫铸造有限公司', '914206257269215707', '湖北省谷城县冷集镇工业园铸造路6号', 111.7140, 32.1840, 'TS-GC-LENGJI', '黑色金属铸造', 'KEY', 'a21026,a21002,a34013', 'xiepeng', 'hanbing'),
    ('ENT-0034', '谷城县汉丰化工有限公司', '91420625723323102U', '湖北省谷城县庙滩镇化工园区汉江路11号', 111.7360, 32.3350, 'TS-GC-MIAOTAN', '化学原料和化学制品制造', 'KEY', 'w01018,w21003,a24088', 'hanbing', 'xiepeng'),
    ('ENT-0035', '谷城县康源中药饮片有限公司', '91420625MA4ADBTU4J', '湖北省谷城县盛康镇康源路3号', 111.5460, 32.1750, 'TS-GC-SHENGKANG', '中药饮片加工', 'ORDINARY', 'w01018,a34013', 'xiepeng', 'hanbing');

-- Positive-list (正面清单) entries.
INSERT INTO positive_list_entry (enterprise_code, list_year, valid_from, valid_to, removed_on, removal_reason) VALUES
    -- ENT-0002: on the current list
    ('ENT-0002', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL),
    -- ENT-0007: listed this year, removed 30 days ago
    ('ENT-0007', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, CURRENT_DATE - INTERVAL '30' DAY, '在线监测数据超标被查处'),
    -- ENT-0009: previous year's entry (expired) followed by this year's renewal
    ('ENT-0009', EXTRACT(YEAR FROM CURRENT_DATE) - 1, CURRENT_DATE - INTERVAL '565' DAY, CURRENT_DATE - INTERVAL '201' DAY, NULL, NULL),
    ('ENT-0009', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL),
    ('ENT-0011', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL),
    ('ENT-0014', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '120' DAY, CURRENT_DATE + INTERVAL '245' DAY, NULL, NULL),
    ('ENT-0018', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL),
    -- ENT-0022: previous year's entry (expired) followed by this year's renewal
    ('ENT-0022', EXTRACT(YEAR FROM CURRENT_DATE) - 1, CURRENT_DATE - INTERVAL '565' DAY, CURRENT_DATE - INTERVAL '201' DAY, NULL, NULL),
    ('ENT-0022', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL),
    ('ENT-0025', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '120' DAY, CURRENT_DATE + INTERVAL '245' DAY, NULL, NULL),
    ('ENT-0027', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL),
    ('ENT-0030', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL),
    ('ENT-0032', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '120' DAY, CURRENT_DATE + INTERVAL '245' DAY, NULL, NULL),
    ('ENT-0035', EXTRACT(YEAR FROM CURRENT_DATE), CURRENT_DATE - INTERVAL '200' DAY, CURRENT_DATE + INTERVAL '165' DAY, NULL, NULL);

-- Confirmed violations.
INSERT INTO confirmed_violation (enterprise_code, confirmed_on, description) VALUES
    -- ENT-0003: repeat violator (two within 12 months, one older)
    ('ENT-0003', CURRENT_DATE - INTERVAL '40' DAY, '废水总排口化学需氧量超标排放'),
    ('ENT-0003', CURRENT_DATE - INTERVAL '150' DAY, '废水总排口氨氮超标排放'),
    ('ENT-0003', CURRENT_DATE - INTERVAL '500' DAY, '危险废物贮存场所未按规定设置识别标志'),
    -- ENT-0008: a single violation within 12 months
    ('ENT-0008', CURRENT_DATE - INTERVAL '95' DAY, '生产废水化学需氧量超标排放'),
    -- ENT-0012: repeat violator
    ('ENT-0012', CURRENT_DATE - INTERVAL '25' DAY, '喷涂车间排气筒非甲烷总烃超标排放'),
    ('ENT-0012', CURRENT_DATE - INTERVAL '190' DAY, '挥发性有机物治理设施未正常运行'),
    -- ENT-0017: repeat violator
    ('ENT-0017', CURRENT_DATE - INTERVAL '60' DAY, '窑尾排气筒颗粒物超标排放'),
    ('ENT-0017', CURRENT_DATE - INTERVAL '230' DAY, '物料堆场未采取有效抑尘措施，无组织排放颗粒物'),
    -- ENT-0019: repeat violator (two within 12 months, one older)
    ('ENT-0019', CURRENT_DATE - INTERVAL '15' DAY, '废水总排口化学需氧量超标排放'),
    ('ENT-0019', CURRENT_DATE - INTERVAL '120' DAY, '水污染物自动监测设备未正常运行'),
    ('ENT-0019', CURRENT_DATE - INTERVAL '700' DAY, '未按排污许可证规定开展自行监测'),
    -- ENT-0024: repeat violator
    ('ENT-0024', CURRENT_DATE - INTERVAL '80' DAY, '电镀废水总铬超标排放'),
    ('ENT-0024', CURRENT_DATE - INTERVAL '260' DAY, '含铬废水未经处理通过雨水管道排放'),
    -- ENT-0026: one violation more than 12 months ago only
    ('ENT-0026', CURRENT_DATE - INTERVAL '420' DAY, '印染废水色度超标排放');
