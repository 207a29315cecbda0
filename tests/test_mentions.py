"""The mention layer: names of places and units found by pattern, schemes without a head noun,
and the phrases that only look like names. Each row is one behaviour, in invented sentences."""
import pytest

from graph.extract.lexicon import lexicon
from graph.extract.units import units
from graph.read import read_text


def mentions(text: str) -> set[tuple[str, str, str]]:
    doc = read_text(text, "m.txt")
    out = set()
    for u in units(doc, lexicon()):
        for c in u.clauses:
            for m in c.mentions:
                assert doc.text[m.start:m.end].replace("\"", "“") or m.start == m.end
                out.add((m.label, m.type, m.level))
    return out


@pytest.mark.parametrize("text,label,type_", [
    # a place or a short modifier, then a unit head noun: a named unit
    ("桃源社区党委与市第一医院签订合作协议。", "市第一医院", "Institution"),
    ("驰援青川市横沟市镇。", "横沟市镇", "Place"),  # a town's name may hold 市
    ("民革青石市委与青禾社区结对共建。", "民革青石市委", "SocialOrganisation"),  # a democratic party's committee of a place (ggl:committee_prefixes)
    ("科学划定社区规模，增设青禾社区、柳岸社区。", "青禾社区", "Place"),  # 增设 opens a name
    ("县委社会工作部选派党建指导员进驻快递物流企业。", "快递物流企业", "Institution"),  # ggk:CourierCompany
    ("九三学社与青禾社区结对共建。", "九三学社", "SocialOrganisation"),  # a democratic party named alone (ggl:platform_names)
    ("推动辖区驻区单位与青禾社区结对共建。", "驻区单位", "Institution"),  # 辖区 a scope word before the kind
    ("和谐社区党委选派2名社区工作者指导筹备工作。", "和谐社区党委", "PartyOrganisation"),  # a slogan's words name the community before its body
    ("由社区党组织领办“好邻里”物业服务中心。", "“好邻里”物业服务中心", "PropertyCompany"),  # a quoted name before a unit head
    ("青禾社区党总支领办青禾社区“好邻里”物业服务中心。", "青禾社区“好邻里”物业服务中心", "PropertyCompany"),
    ("县快递物流行业党委与社区党组织结对共建。", "快递物流行业党委", "PartyOrganisation"),  # ggk:NewEmploymentPartyCommittee
    ("桂香街道有青禾家园、柳岸国际、江东景苑等3个老旧小区。", "柳岸国际", "Place"),  # items of a list a kind of compound closes
    ("桂香社区辖区内有青禾家园、柳岸国际、江东景苑等多个小区。", "柳岸国际", "Place"),  # … with no figure (等多个, 等若干个)
    ("推广青禾金陵府、柳岸源轩府等小区的做法。", "青禾金陵府", "Place"),
    ("辖区9家驻街单位党组织负责人担任街道“大工委”兼职委员。", "驻街单位党组织", "PartyOrganisation"),  # ggk:ResidentUnitPartyOrganisation
    ("桂香社区柳岸古锦城·青禾里小区是商品房小区。", "柳岸古锦城·青禾里小区", "Place"),  # an estate's brand, a dot, the name
    ("桂香社区与驻辖区单位青石清洁能源有限公司签订共建协议。", "青石清洁能源有限公司", "Institution"),  # the kind before it
    ("由柳岸物业管理公司负责。", "柳岸物业管理公司", "PropertyCompany"),  # a brand before 物业管理公司
    ("桂香社区党委与柳岸物流、好又多超市、水利局等单位结对共建。", "好又多超市", "Institution"),  # 多 not a count
    ("29日，市政协机关党支部与桂香社区党委签订共建协议。", "市政协机关党支部", "PartyOrganisation"),  # a level, then a unit head and a Party body
    ("包联干部、社区志愿者和入党积极分子入户走访。", "包联干部", "Role"),  # roles of the vocabulary (ggk:LiaisonCadre)
    ("包联干部、社区志愿者和入党积极分子入户走访。", "入党积极分子", "Role"),
    ("柳岸镇人大探索创设联系平台。", "柳岸镇人大", "GovernmentBody"),  # a place's people's congress (ggl:unit_nouns)
    ("辖区有社区文化活动中心和社会心理服务中心。", "社区文化活动中心", "Facility"),  # generic words before 中心: a kind of site (ggl:site_generic_words)
    ("辖区有社区文化活动中心和社会心理服务中心。", "社会心理服务中心", "Facility"),
    ("青禾社会工作服务中心派出社工驻站运营。", "青禾社会工作服务中心", "Institution"),  # a proper name before them: a unit
    ("社区积分超市正式开业。", "社区积分超市", "Facility"),  # … and before 超市 (ggl:site_heads)
    ("青石市柳街区召开会议。", "柳街区", "Place"),  # a two-character district may end in 街 (ggl:short_district_chars)
    ("桂香社区党委与青石市中心血站开展共建。", "青石市中心血站", "Institution"),  # the longest head, not 中心
    ("青石区机关党委第五支部的党员走进桂香社区。", "青石区机关党委第五支部", "PartyOrganisation"),  # a numbered branch of a named body
    ("青石区机关第七支部的党员走进桂香社区。", "青石区机关第七支部", "PartyOrganisation"),  # a section (ggl:branch_sections) between
    ("青禾市第一人民医院外科第一支部与桂香社区党委结对共建。", "青禾市第一人民医院外科第一支部", "PartyOrganisation"),
    ("学院党委下属的教师第二支部与社区结对。", "教师第二支部", "PartyOrganisation"),  # the members it gathers
    ("桂香社区与区法院结对共建。", "区法院", "GovernmentBody"),  # a level and a unit head: the unit of that level (ggl:unit_nouns)
    ("青石口岸联合党工委建立书记轮值制度。", "联合党工委", "PartyOrganisation"),  # ggk:JointPartyCommittee
    ("山东省青川市青川区。青川区城区共有6个社区。", "青川区", "Place"),  # 营区 and 城区 after a district: ggl:short_district_chars, ggl:urban_area_words
    ("山东省东营市东营区。", "东营区", "Place"),
    ("青石市社会工作促进会与桂香社区结对。", "青石市社会工作促进会", "SocialOrganisation"),  # 促进会 heads a unit (ggl:unit_nouns; not 联合会, which would stop 联合 breaking names)
    ("桂香社区一品青禾小区党支部书记兼任业委会主任。", "一品青禾小区", "Place"),  # 一品 opens a name (ggl:name_opening_words)
    ("青石县组织学习组赴青川市桂香区学习。", "青川市", "Place"),  # a place opens after a trip's verb (ggl:travel_verbs)
    ("吉林省青川市绿园区青禾街道。", "绿园区", "Place"),  # 园 may end a two-character district's name (ggl:short_district_chars)
    ("除桂香社区党委外，还有青禾小区党支部。", "桂香社区党委", "PartyOrganisation"),  # 除 opens a name (ggl:place_left_boundary)
    ("青石市桂香街道柳岸三村第二居民区完成换届。", "柳岸三村第二居民区", "Place"),  # a numbered part of a village is one community
    ("桂香街道。柳岸三村第一居民区下辖青禾小区。", "柳岸三村第一居民区", "Place"),  # also alone at a clause's start
    ("桂香街道选派32名干部下沉居民区。", "居民区", "Place"),  # ggk:ResidentsArea
    ("由边境苏木乡镇党委与驻在单位党组织联合组建“边境大党委”。", "苏木乡镇党委", "PartyOrganisation"),  # 边境 opens no place's name
    ("由边境苏木乡镇党委与驻在单位党组织联合组建“边境大党委”。", "驻在单位党组织", "PartyOrganisation"),
    ("青川市选派12名干部到抵边嘎查村担任党建指导员。", "嘎查村", "Place"),
    ("青川旗。旗政府所在地乌里雅斯太镇启动改造。", "乌里雅斯太镇", "Place"),  # a town's name of five characters, alone
    ("青石市桂香区柳岸新村南村街道成立党工委。", "柳岸新村南村街道", "Place"),  # a compound's ending (新村) inside a street's name
    ("青石区新厂街道602所社区党支部与柳岸公司党支部签订协议。", "602所社区", "Place"),  # a numbered institute's community
    ("业委会、物业委员会、物业管理公司共同参与。", "物业服务企业", "PropertyCompany"),  # the guide's alias
    ("青川市镇海区桂香街道成立党委。", "镇海区", "Place"),
    ("党员突击队驰援青川市柳岸社区。", "柳岸社区", "Place"),
    ("从旗直部门选派党员干部下沉社区网格。", "旗直部门", "GovernmentBody"),  # a banner's (旗) departments
    ("市直机关单位分片包联老旧小区。", "市直机关单位", "GovernmentBody"),
    ("县总工会联合县人民医院开展义诊体检。", "县总工会", "SocialOrganisation"),  # a federation of unions, by its level
    ("青川市政府办向柳岸社区派驻工作队。", "青川市政府办", "GovernmentBody"),  # a government's office, not the government
    ("小区妇联在小区党支部领导下开展工作。", "小区妇联", "SocialOrganisation"),  # a mass body keeps the level it is set up at (ggl:mass_body_levels)
    ("县残联联合社区团支部开展助残活动。", "县残联", "SocialOrganisation"),
    ("县残联联合社区团支部开展助残活动。", "社区团支部", "SocialOrganisation"),
    ("社区建成退役军人服务站和居家养老服务中心。", "退役军人服务站", "Facility"),  # service sites the golds name
    ("社区建成退役军人服务站和居家养老服务中心。", "居家养老服务中心", "Facility"),
    ("社区依托党群活动中心开展活动。", "党群活动中心", "Facility"),
    ("组织市级部门下沉社区。", "市级部门", "GovernmentBody"),  # departments of a level
    ("街道城管中队进驻小区。", "城管中队", "GovernmentBody"),
    ("街道成立专项工作组。", "专项工作组", "GovernmentBody"),
    ("县委社会工作部联合美团、饿了么外卖平台站点组建党支部。", "饿了么", "Institution"),  # a platform by its brand
    ("联合党支部与美团、顺丰、韵达3家企业签订协议。", "韵达", "Institution"),
    ("青川县总工会联合县人民医院开展义诊。", "青川县总工会", "SocialOrganisation"),
    ("青禾小区党小组隶属柳岸小区党支部。", "柳岸小区党支部", "PartyOrganisation"),  # 隶属 opens a name
    ("青石区体育局在职党员到社区报到。", "青石区体育局", "GovernmentBody"),
    ("城关派出所民警参与巡逻。", "城关派出所", "GovernmentBody"),
    ("伍家岭派出所社区民警兼任小区党支部委员。", "伍家岭派出所", "GovernmentBody"),  # 家 inside a name
    ("桂香街道党工委与青余农商银行城北支行签订协议。", "青余农商银行城北支行", "Institution"),  # 余 inside a name
    ("青石区燃气集团派员参与。", "青石区燃气集团", "Institution"),   # the longest unit head after a place
    ("青石区启动了桂香区老旧小区改造工程。", "桂香区老旧小区改造工程", "Mechanism"),  # 了 after the verb is no part of it
    ("青石区由此建立起楼宇党建联席会议制度。", "楼宇党建联席会议制度", "Mechanism"),  # nor 起
    ("专家来自青城市。", "青城市", "Place"),
    ("桂香街道办事处柳岸社区党委组织活动。", "柳岸社区", "Place"),  # a name opens after 办事处 (ggl:name_openers)
    ("县城青禾街道、柳岸街道作为试点。", "青禾街道", "Place"),  # … and after 县城
    ("家住青禾社区林业局家属楼的居民说。", "林业局家属楼", "Place"),  # a compound named after a unit
    ("江东青禾创新科技有限公司与驻区高校共建基地。", "江东青禾创新科技有限公司", "Institution"),  # ggl:company_name_verbs
    ("柳岸万象（青城）科技有限公司推出创业计划。", "柳岸万象（青城）科技有限公司", "Institution"),  # a seat in brackets
    ("社区党委引领“青禾”“柳岸”志愿服务队开展活动。", "“青禾”志愿服务队", "SocialOrganisation"),  # a run of quotes shares the head
    ("青禾社工机构与桂香社区党委结对共建。", "青禾社工机构", "SocialOrganisation"),  # a brand before a kind of ggl:brand_kinds
    ("青石县城区街道办事处召开会议。", "城区街道", "Place"),  # a town centre's street after its county (ggl:town_centre_names)
    ("青禾社区桂香大院成立党支部。", "桂香大院", "Place"),  # a compound's weak ending after its community
    ("桂香大院党支部召开会议。", "桂香大院", "Place"),  # … or before its body
    ("组织青禾社区与青石镇派出所、青石镇卫生院签订协议。", "青石镇派出所", "GovernmentBody"),  # 与 parts two sides
    ("青石街道把辖内桂香社区的配餐点改造成议事厅。", "桂香社区", "Place"),  # after 把 and 辖内 (ggl:place_left_boundary)
    ("青石市桂香区建设街道推行网格化管理。", "建设街道", "Place"),  # a street's name after its district
    ("青石县进安镇推行网格化管理。", "进安镇", "Place"),  # may open with a word no name opens with alone
    ("青石县行政审批服务局党支部负责人表示支持。", "青石县", "Place"),  # the county a unit's Party body is named after
    ("按照中共青石县委组织部的要求，青石县税务局开展工作。", "中共青石县委组织部", "GovernmentBody"),  # named with 中共
    ("青州市住房和建设局有关负责人介绍。", "青州市住房和建设局", "GovernmentBody"),  # 和 inside a department's name
    ("青禾社区引入特殊儿童康复服务机构桂香康复教育中心。", "桂香康复教育中心", "Institution"),  # after its descriptor
    ("青川县文化广电旅游和体育局有关负责人介绍。", "青川县文化广电旅游和体育局", "GovernmentBody"),  # a longer field before 和
    ("青川市城乡建设和综合执法局派员参加。", "青川市城乡建设和综合执法局", "GovernmentBody"),  # a kind of office before the head
    ("青禾街道办事处党委书记张某说。", "青禾街道办事处党委", "PartyOrganisation"),  # a named office's Party body
    ("贯彻青州市委组织部的部署。", "青州市委组织部", "GovernmentBody"),  # a name opens after 贯彻 (ggl:place_left_boundary)
    ("分别是青州市拱墅区和睦街道华丰社区党委、青州华附教育集团党总支。", "华丰社区党委", "PartyOrganisation"),  # 和睦 is a name
    # a step of a chain: a post explained in brackets is no part of it, a second kind in brackets is
    ("青石县构建“镇党委—村（社区）党组织—楼栋党小组（楼栋长）—党员中心户”网格体系。", "楼栋党小组", "PartyOrganisation"),
    ("青石县构建“镇党委—社区党委（党总支）—小区党支部—楼栋党小组”四级体系。", "社区党委（党总支）", "PartyOrganisation"),
    # a strong head right after a quote (ggl:strong_mechanism_heads) ends a scheme's name whatever follows
    ("为贯彻落实“五同”机制推进基层治理，青石县开展活动。", "“五同”机制", "Mechanism"),
    ("青石区推行“微心愿”认领制度，由在职党员认领。", "“微心愿”认领制度", "Mechanism"),
    # a quoted kind before a head of ggl:verbal_modifier_heads names a scheme
    ("青禾社区推行“楼栋长”制度，从老党员中选出楼栋长。", "“楼栋长”制度", "Mechanism"),
    ("青禾社区建立“大党委”联席会议制度。", "“大党委”联席会议制度", "Mechanism"),
    ("青禾社区深化社区“大党委”联席会议制度。", "社区“大党委”联席会议制度", "Mechanism"),
    ("青石县建立以小区党支部为核心的“1+2+N”小区治理共同体。", "“1+2+N”小区治理共同体", "Mechanism"),  # 共同体 heads a scheme  # a level word too: the body's standing meeting
    # a quoted name ending in a word of ggl:scheme_name_endings names a scheme
    ("青石市坚持和发展新时代“青禾经验”，整合网格资源。", "“青禾经验”", "Mechanism"),
    ("调解员用“三步调解法”化解纠纷。", "“三步调解法”", "Mechanism"),
    # heads of ggl:quoted_only_heads close a name after a quote
    ("青石区坚持用好“六化”工作方法。", "“六化”工作方法", "Mechanism"),
    ("青石区打造“青禾红”党建品牌。", "“青禾红”党建品牌", "Mechanism"),
    ("青石区实施“安居”工程。", "“安居”工程", "Mechanism"),
    # a verb among the words before a head of ggl:verbal_modifier_heads stays in the name
    ("青禾社区建立了“三位一体”议事协调机制，小区大事由业委会商议。", "“三位一体”议事协调机制", "Mechanism"),
    ("青石街道开展“青禾”标准化党支部创建活动。", "“青禾”标准化党支部创建活动", "Mechanism"),
    # the bodies listed before a scheme named for its parties are its members, after 了 too
    ("青禾小区党支部建立了小区党支部、业委会、物业公司三方联席会议制度。", "三方联席会议制度", "Mechanism"),
    # a list that 等 and a word for units close: each item is a unit, whatever its head noun
    ("青禾社区党支部与公路段、畜牧中心、水利局等驻地单位签订协议。", "公路段", "Institution"),
    ("青禾社区党支部与公路段、畜牧中心、水利局等驻地单位签订协议。", "水利局", "GovernmentBody"),
    ("青禾社区党支部与公路段、畜牧中心、中医院等8家单位签订协议。", "中医院", "Institution"),  # not the kind 医院
    ("商务部、青石文联、求是杂志社以及驻区部队等9家驻区中央和国家机关参加。", "青石文联", "Institution"),  # 等9家…机关
    ("商务部、青石文联、求是杂志社以及驻区部队等9家驻区中央和国家机关参加。", "驻区部队", "Institution"),  # after 以及
    ("青禾社区与青石医院、地源农贸市场等多家“双报到”单位签约。", "地源农贸市场", "Institution"),  # 等多家 and a kind
    ("青石区住房和城乡建设局、青石区司法局等单位党组织到社区报到。", "青石区住房和城乡建设局", "GovernmentBody"),
    ("组织镇内青禾社区、柳岸社区与青石镇派出所、青石一中等8家驻区单位签订协议。", "青石镇派出所", "GovernmentBody"),
    ("中国人寿保险股份有限公司温州分公司与社区签约。", "中国人寿保险股份有限公司温州分公司", "Institution"),  # a long name
    # a kind of place right before a kind of Party body names that place's Party bodies, as written
    ("青石街道在各小区建立小区功能型党支部。", "小区功能型党支部", "PartyOrganisation"),
    # kinds of unit the golds name often: contractors, property owners, traffic police, co-builders
    ("青禾社区召集施工单位、产权单位和交警部门协商。", "产权单位", "Institution"),
    ("青禾社区召集施工单位、产权单位和交警部门协商。", "交警部门", "GovernmentBody"),
    ("青禾社区与共驻共建单位签订协议。", "共驻共建单位", "Institution"),
    # the united-front bodies a community pairs with are kinds of social organisation
    ("青禾社区与各民主党派、知联会、新联会签订协议。", "民主党派", "SocialOrganisation"),
    ("青禾社区与各民主党派、知联会、新联会签订协议。", "新联会", "SocialOrganisation"),
    # a kind of unit written before a unit's proper name is no part of it; a short kind inside one is
    ("社区邀请驻区单位青石供电公司参加。", "青石供电公司", "Institution"),
    ("社区邀请小区物业青禾物业服务有限公司参加。", "青禾物业服务有限公司", "PropertyCompany"),
    ("社区邀请青禾物业服务中心参加。", "青禾物业服务中心", "PropertyCompany"),
    # a list closed by as many units or Party bodies as it has items: each item is one
    ("青禾社区与青石五中、青石市工人文化宫2家单位结对共建。", "青石五中", "Institution"),
    ("青禾社区党委下设文体党支部、柳岸党支部和再就业党支部3个党支部。", "文体党支部", "PartyOrganisation"),
    ("青禾社区党总支现有党员56人、入党积极分子4人，下设桂园世家党支部、青禾明珠党支部。", "桂园世家党支部", "PartyOrganisation"),
    # a clause after an earlier list opens a list of its own: its verb opens no name
    ("居民区党总支顶上空缺，代为履行业委会职责。", "居民区党总支", "PartyOrganisation"),  # 上海's community branch
    # a place name after a verb it often follows (ggl:place_left_boundary)
    ("家住荔湾区多宝街道的吕叔感慨。", "荔湾区", "Place"),
    ("撤销万坊社区并入西摆社区。", "西摆社区", "Place"),
    ("撤销万坊社区并入西摆社区。", "万坊社区", "Place"),
    ("青州市住建局副局长兼任中共青州市物业服务行业委员会书记。", "中共青州市物业服务行业委员会", "PartyOrganisation"),
    ("安康物业服务有限公司进驻小区。", "安康物业服务有限公司", "PropertyCompany"),
    ("青石光电子产业园建设服务中心参与共建。", "青石光电子产业园建设服务中心", "Institution"),
    # place names the old single-character blacklists refused
    ("福建省泉州市鲤城区推行网格化服务。", "福建省", "Place"),
    ("江苏省无锡市梁溪区推行网格化服务。", "无锡市", "Place"),
    ("内蒙古自治区包头市昆都仑区推行网格化服务。", "包头市", "Place"),
    ("西城区什刹海街道三次吹哨。", "西城区", "Place"),
    ("在两江新区人和街道邢家桥社区，居民议事。", "两江新区", "Place"),
    ("小区地处回龙地区，和东城区的人口差不多。", "东城区", "Place"),
    ("在上海市长宁区程家桥街道，南龚居民区党总支以党建引领物业治理。", "南龚居民区", "Place"),
    # an autonomous region written short heads a chain (ggl:bare_place_names)
    ("广西青州市龙湾区推行网格化服务。", "广西", "Place"),
    ("广西青州市龙湾区推行网格化服务。", "青州市", "Place"),
    # a compound's brand name may hold a middle dot
    ("去年，青石·嘉博名邸小区业委会集体辞职。", "青石·嘉博名邸小区", "Place"),
    # a numbered section of a compound (某某一区) is a compound, not a district
    ("在桂香社区的青禾一区，记者看到了变化。", "青禾一区", "Place"),
    # a name right after a place of a higher level may open with 和 and hold 名, 联, 共 …
    ("瑶海区和平路街道辖区小区全部成立党组织。", "和平路街道", "Place"),
    ("瑶海区和蜀山区推动落实。", "蜀山区", "Place"),
    ("青石区人和小区开展活动。", "人和小区", "Place"),   # 和 may end a two-character name
    ("青州市弋矶山街道花园社区开展活动。", "花园社区", "Place"),  # an ending of another level is a name
    ("七里墩街道和谐路社区开展活动。", "和谐路社区", "Place"),   # 和谐 opens real names; 和谐社区 alone is a phrase
    ("青石镇新建村开展活动。", "新建村", "Place"),                  # so does 新建; 新建小区 alone is a phrase
    ("岳塘区建设路街道霞光社区开展活动。", "建设路街道", "Place"),   # a road's name opens with any word
    ("在解放路社区推行网格化。", "解放路社区", "Place"),
    ("深圳市龙华区民治街道开展活动。", "民治街道", "Place"),   # a short name after a higher place may hold 治, 务 …
    ("青石区园艺镇水韵名都社区推行网格化服务。", "水韵名都社区", "Place"),
    ("青州工业园区坚持党建引领。", "青州工业园区", "Place"),   # a zone of district level
    ("青禾高新园区整合产业链资源。", "青禾高新园区", "Place"),   # 高新园区, 产业园区, 科技园区 too (not a bare 园区)
    ("青州高新区芳草街街道紫薇社区推进治理。", "青州高新区", "Place"),
    # a street named 某某街; a one-character ending inside a longer name
    ("青禾街党工委联合红云社区开展活动。", "青禾街", "Place"),
    ("梁湖区北大街街道南湾社区开展活动。", "北大街街道", "Place"),
    ("青禾新村小区业委会换届。", "青禾新村小区", "Place"),
    ("和平街党工委联合红云社区开展活动。", "和平街", "Place"),
    ("在西城区西长安街街道，早晚高峰拥堵。", "西长安街街道", "Place"),
    ("向阳社区党委召开会议。", "向阳社区", "Place"),
    ("青州市铁西街率先举行签约仪式。", "铁西街", "Place"),
    ("在两江新区人和街道邢家桥社区，居民议事。", "人和街道", "Place"),
    ("8月11日，房山区大安山乡发生山体崩塌。", "房山区", "Place"),
    ("从去年开始，厦门市湖里区推行网格化服务。", "厦门市", "Place"),
    ("社区将水韵名都小区划分为4个网格。", "水韵名都小区", "Place"),
    # a lane, figures and all, names a compound (Shanghai's 某某路99弄)
    ("在临汾路99弄小区，居民区党总支开展活动。", "临汾路99弄小区", "Place"),
    ("桂香社区青禾4号小区是一个老旧小区。", "青禾4号小区", "Place"),  # a numbered compound
    ("虹桥路2222弄曾经停车乱象突出。", "虹桥路2222弄", "Place"),
    # each item of a list of named units is one name, however many units it runs through
    ("社区党委与中共青州银行城区支行党委东湖党支部、青州电信股份有限公司城区分公司党支部共同签订协议。",
     "中共青州银行城区支行党委东湖党支部", "PartyOrganisation"),
    ("社区党委与中共青州银行城区支行党委东湖党支部、青州电信股份有限公司城区分公司党支部共同签订协议。",
     "青州电信股份有限公司城区分公司党支部", "PartyOrganisation"),
    ("社区党委与青州市东湖实验幼儿园支部委员会、东湖派出所党支部共同签订协议。",
     "青州市东湖实验幼儿园支部委员会", "PartyOrganisation"),
    # a compound named without 小区 (某某苑, 某某星座) before one of its bodies
    ("青禾苑物业党支部开展活动。", "青禾苑", "Place"),
    ("青禾星座业委会换届。", "青禾星座", "Place"),
    ("在青禾湾小区开展活动。", "青禾湾小区", "Place"),
    ("青禾苑社区开展活动。", "青禾苑社区", "Place"),
    # a lone community, village or compound name of two to four characters is a name
    ("城南社区青少年之家计划开展书法培训。", "城南社区", "Place"),
    ("长塘镇所辖何洞村、古洞村开展清洁行动。", "何洞村", "Place"),
    # a list of short department names before 等部门: each is a department
    ("街道吹哨后，区住建、公安、综治等部门到小区报到。", "住建部门", "GovernmentBody"),
    ("唤来城管、环保、交通执法等部门共同施治。", "城管部门", "GovernmentBody"),
    ("请交通、交管等部门来报到。", "交通部门", "GovernmentBody"),
    ("青石社区联合区房管部门、住建部门召开议事会议。", "房管部门", "GovernmentBody"),  # an item with its own head
    ("社区党组织和企业党支部定期联合开展主题党日。", "企业党支部", "PartyOrganisation"),  # a branch, not 企业党组织
    ("机关党支部到社区报到。", "机关党支部", "PartyOrganisation"),  # a branch of its own, not 机关党组织
    # a kind of body before 党组织 names the Party bodies of that kind (not before 负责人: the unit holds the post)
    ("37个县直部门党组织与社区党支部结对共建。", "县直部门党组织", "PartyOrganisation"),
    # Party members named with their standing are one role (ggl:party_member_nouns)
    ("由党员业主牵头排查安全隐患。", "党员业主", "Role"),
    ("近200名机关党员干部下沉社区。", "机关党员干部", "Role"),  # a kind of Party member with a standing, as written
    # a compound with a weak ending, written right after its community, is a name (and known after)
    ("青石区桂香社区青禾花园门口停满了车。", "青禾花园", "Place"),
    ("走进青石县桂香社区供销社家属楼，新砌的围墙整齐结实。", "供销社家属楼", "Place"),  # 家属楼 as 家属院
    ("海南省青石市那大镇推进治理。", "那大镇", "Place"),  # 那 opens names in the south (那大, 那坡)
    ("桂香街道吸纳桂香派出所的负责人进入街道“大工委”。", "桂香派出所", "GovernmentBody"),  # 吸纳 is no part of a name
    ("辖区内有东城水岸小区、锦绣花园小区2个居民小区。", "东城水岸小区", "Place"),  # 辖区内有 before a name
    # a resettlement site is a compound (安置点, 安置区), written with 小区 after it too
    ("青禾镇党委在青禾安置点成立党支部。", "青禾安置点", "Place"),
    ("红旗社区党委成立上张安置点小区支部委员会。", "上张安置点小区支部委员会", "PartyOrganisation"),
    # a quoted name ending in the head of a site or a team names it (ggl:quoted_site_heads, ggl:quoted_team_heads)
    ("青石社区建立“红色驿站”，为快递员提供休息场所。", "“红色驿站”", "Facility"),
    ("青禾街道组建“五彩先锋服务队”。", "“五彩先锋服务队”", "SocialOrganisation"),
    # … and so does one no other finder read as a whole (退役军人 inside it gives way)
    ("桂香社区在中心内成立了“退役军人之家”，设置棋牌室。", "“退役军人之家”", "Facility"),
    ("桂香社区成立“整治突击队”，逐户走访。", "“整治突击队”", "SocialOrganisation"),
    # a unit read from its parent's head on is one name with it (某公安分局某派出所)
    ("柳岸公安分局青禾派出所牵头组建了服务队。", "柳岸公安分局青禾派出所", "GovernmentBody"),
    # quoted names with no head noun that still name schemes
    ("南尖社区举行“南尖党建合伙人”启动仪式。", "“南尖党建合伙人”", "Mechanism"),
    ("南宁市总结推广“逢四说事”等机制。", "“逢四说事”", "Mechanism"),
    ("兴华街道党工委统筹居委会、业委会和物业企业“三驾马车”。", "“三驾马车”", "Mechanism"),
    # coordinated quoted names after one verb are each a scheme; 制 heads a scheme
    ("青石区全面推行“党支部建在小区上”和“党支部与业委会深度融合”。", "“党支部与业委会深度融合”", "Mechanism"),
    ("青石区深化街道“大工委”制和社区“兼职委员”制。", "“大工委”制", "Mechanism"),
    ("“红山驿”是“党建共享家”的招牌项目。", "“党建共享家”", "Mechanism"),
    # unquoted names after an implementing verb: 联席会议 is a head; 由…牵头，…的X spans the comma
    ("青石市全部建立物业管理联席会议。", "物业管理联席会议", "Mechanism"),
    ("建立由社区党组织牵头，物业企业、小区党支部共同参加的党建联席会议制度。", "党建联席会议制度", "Mechanism"),
    ("建立以街道党工委为核心的区域化党建联席会议制度，每季度召开一次联席会议。", "区域化党建联席会议制度", "Mechanism"),
    ("青石市以“三联三亮”为载体，倡导在职党员进社区。", "“三联三亮”", "Mechanism"),  # 以…为载体: a frame
    ("依托“青禾物业经理微信群”和“巷心议事厅”两个议事平台。", "“青禾物业经理微信群”", "Mechanism"),
    ("依托“青禾物业经理微信群”和“巷心议事厅”两个议事平台。", "“巷心议事厅”", "Mechanism"),
    ("青石社区开展“院坝党课”“院坝团课”，让政策走进院坝。", "“院坝党课”", "Mechanism"),  # a run of quotes with no 和
    ("桂香社区建成“和为贵调解室”“青禾书屋”。", "“和为贵调解室”", "Facility"),  # a quoted name ending in a site's head (ggl:quoted_site_heads)
    ("桂香社区组建“柳岸大姨队”开展巡逻。", "“柳岸大姨队”", "SocialOrganisation"),  # or a team's (ggl:quoted_team_heads)
    ("她走上青禾社区党委书记岗位。", "青禾社区党委", "PartyOrganisation"),  # a name opens after 走上 (ggl:place_left_boundary)
    ("桂香社区联合“双报到”单位青石区城市管理局、共建单位青禾大学开展活动。", "青石区城市管理局", "GovernmentBody"),  # after a label (ggl:unit_label_words)
    ("桂香社区组建“青禾导师团队”开展帮扶。", "“青禾导师团队”", "Mechanism"),  # but a 团队 names a programme (ggl:scheme_team_endings)
    # … but a function named by its parties, or a standing meeting by its scope, is a scheme
    ("健全社区党委领导下的居委会、业委会协调运行机制。", "协调运行机制", "Mechanism"),
    ("青石市建立城市党建联席会议。", "城市党建联席会议", "Mechanism"),
    # a figure before an unquoted scheme's name is no part of it
    ("桂香街道建立每周党建联席会议制度。", "党建联席会议制度", "Mechanism"),
    ("市委组织部开展两次党组织组建集中攻坚行动。", "党组织组建集中攻坚行动", "Mechanism"),
    # a brand before a kind of ggl:brand_kinds names one company, or its Party body
    ("由青禾物业公司负责保洁。", "青禾物业公司", "PropertyCompany"),
    ("小区聘请安澜物业进驻。", "安澜物业", "PropertyCompany"),
    ("河东青禾物业公司党支部与社区党委结对。", "河东青禾物业公司党支部", "PartyOrganisation"),
    ("社区党委与青禾控股集团有限公司智慧物业党支部结对。", "青禾控股集团有限公司智慧物业党支部", "PartyOrganisation"),
    # a unit's Party body may name a part of the unit before its Party kind
    ("社区党委与青禾大学附属第二医院急诊儿科联合党支部、青禾中学党总支签订协议。",
     "青禾大学附属第二医院急诊儿科联合党支部", "PartyOrganisation"),
    ("青禾师范学院文学院第一党支部与城南社区结对。", "青禾师范学院文学院第一党支部", "PartyOrganisation"),
    ("青禾师范学院机关党委与城南社区结对。", "青禾师范学院机关党委", "PartyOrganisation"),  # ggl:own_office_words
    ("青禾市委宣传部机关党支部与城南社区党委结对。", "青禾市委宣传部机关党支部", "PartyOrganisation"),  # a committee's department's
    ("定州市中心街社区党委推行网格化管理。", "中心街社区", "Place"),  # 中心 opens a street's name
    ("团县委特邀医护人员走进驿站开展健康讲座。", "团县委", "SocialOrganisation"),  # the Youth League's committee
    ("好日子智慧物业公司进驻桂香小区。", "好日子智慧物业公司", "PropertyCompany"),  # a brand of three, then its trade (ggl:trade_words)
    ("桂香小区引入新守正物业管理公司入驻管理。", "新守正物业管理公司", "PropertyCompany"),  # 新 opens a brand of three
    ("桂香社区位于西藏自治区那曲市色尼区。", "那曲市", "Place"),  # a city's two-character name after its province (那 opens it)
    ("青石街道完成青禾公寓、桂香名邸2个老旧小区改造。", "青禾公寓", "Place"),  # items a counted kind of compound closes
    ("青石街道完成青禾公寓、桂香名邸2个老旧小区改造。", "桂香名邸", "Place"),  # (its works after it: ggl:compound_works)
    ("青川旗阿拉腾敖包镇曙光社区开展活动。", "阿拉腾敖包镇", "Place"),  # a long town's name after its county (ggl:long_town_endings)
    ("从地县机关选派党员干部到社区担任党组织书记。", "地县机关", "GovernmentBody"),  # the prefecture's and counties' organs
    ("青禾民族纪念馆党支部书记在签约仪式上发言。", "青禾民族纪念馆党支部", "PartyOrganisation"),  # a post over the kind
    ("其中通达物业公司党员8人。", "通达物业公司", "PropertyCompany"),  # 其中 is a determiner, not 中通达
    ("通和物业进驻小区。", "通和物业", "PropertyCompany"),  # a two-character brand may end in 和
    ("和平街党工委与123家联盟单位签订项目共建协议。", "联盟单位", "Institution"),  # a kind of partner unit
    # a trade (ggl:trade_words) inside a company's name
    ("青禾县华展服务物业公司党员6人。", "青禾县华展服务物业公司", "PropertyCompany"),
    ("青禾万像商业运营管理有限公司党员5人。", "青禾万像商业运营管理有限公司", "Institution"),
    # a mass organisation after its place (文联, 科协, 工商联 are kinds)
    ("青禾省文联到宁安路街道报到。", "青禾省文联", "SocialOrganisation"),
    # a founding verb before a unit's name is no part of it
    ("街道建立党员职工服务中心。", "党员职工服务中心", "Institution"),
    ("最终引入专业停车公司。", "专业停车公司", "Institution"),
    ("青石市人力资源和社会保障局参与共建。", "青石市人力资源和社会保障局", "GovernmentBody"),  # 和 inside a department's name
    ("青石县住房和城乡建设局党组包联小区。", "青石县住房和城乡建设局党组", "PartyOrganisation"),  # the unit's Party body
    ("东湖银泰商务社区党委联合楼宇企业。", "东湖银泰商务社区", "Place"),  # a commercial community (楼宇党建)
    ("社区党总支与青石区发展和改革局、青石区委党校、青石市气象站结对。", "青石区发展和改革局", "GovernmentBody"),
    ("社区党总支与青石区发展和改革局、青石区委党校、青石市气象站结对。", "青石区委党校", "Institution"),
    ("社区党总支与青石区发展和改革局、青石区委党校、青石市气象站结对。", "青石市气象站", "Institution"),
    # a list item stops at the clause's end and at 与 (…B结对；C与D、E)
    ("甲社区与青石市体育馆、青禾有限公司结对；乙社区党委与青石市中心医院、青石银行结对。", "青石市中心医院", "Institution"),
    ("青石街道学院路社区推广议事工作法。", "学院路社区", "Place"),  # a head noun opening a place name (学院路)
    ("青禾社区“大党委”整合辖区党员。", "青禾社区“大党委”", "PartyOrganisation"),  # a quoted kind over a place's ending
    ("青石街道“大工委”吸纳驻区单位。", "青石街道“大工委”", "PartyOrganisation"),
    ("由业委会共同参加的“红色夜话”议事会定期召开。", "“红色夜话”议事会", "Mechanism"),  # a time word after the head
    ("解决不了的提交“社区党委+业委会”联席会议商议。", "“社区党委+业委会”联席会议", "Mechanism"),  # a verb after it
    ("社区在和谐家园小区召开会议。", "和谐家园小区", "Place"),  # no conjunction 和 right after 在
    ("与青石市公安局武陵分局府坪派出所签订协议。", "青石市公安局武陵分局府坪派出所", "GovernmentBody"),  # one name through its units
    ("A社区与青石医院、青石中学签订协议；B社区与青石市公安局武陵分局府坪派出所签订协议。",
     "青石市公安局武陵分局府坪派出所", "GovernmentBody"),  # the last item of a list before a clause's end
    ("中共青石市委城乡基层治理委员会办公室印发指南。", "中共青石市委城乡基层治理委员会办公室", "GovernmentBody"),
    ("社区以“红色业委会”为切口，打通服务。", "“红色业委会”", "Mechanism"),  # a kind branded as a programme
    ("社区与青石市轨道交通集团有限公司开展共建。", "青石市轨道交通集团有限公司", "Institution"),  # head after head
    ("打造“五服”幸福型示范社区。", "“五服”幸福型示范社区", "Mechanism"),  # a model place after its type word
    ("中国邮政储蓄银行青石市分行将结对帮扶社区。", "中国邮政储蓄银行青石市分行", "Institution"),  # a branch by its place
    ("推动县直机关企事业单位在职党员到小区报到。", "县直机关企事业单位", "Institution"),  # one kind, not 县直机关 + …
    ("海港区秦皇半岛一区小区成立业委会。", "秦皇半岛一区小区", "Place"),  # 区 ends the longer ending 一区
    ("青石市人大常委会与桂香社区签订协议。", "青石市人大常委会", "GovernmentBody"),
    ("青石市相山区西街道新华社区与青石银行签约。", "西街道", "Place"),  # one character after a district
    ("青石区住建局包保舞水社区红旗小区。", "舞水社区", "Place"),  # a place name after 包保
    ("青石市南盛社区党总支部带领党员服务群众。", "南盛社区党总支部", "PartyOrganisation"),  # the longest kind
    ("社区与胜利油田河口采油厂结对。", "胜利油田河口采油厂", "Institution"),
    ("青石市水城区广和物业服务有限公司进驻社区。", "青石市水城区广和物业服务有限公司", "PropertyCompany"),  # 和 in a name
    ("社区与中国农业银行青石分行营业部、青石市新华书店、相王府宾馆签约。", "青石市新华书店", "Institution"),
    ("社区与中国农业银行青石分行营业部、青石市新华书店、相王府宾馆签约。", "中国农业银行青石分行营业部", "Institution"),
    ("社区与青石金安新能源热力运营有限公司签约。", "青石金安新能源热力运营有限公司", "Institution"),  # a company's trade
    # a department named by its level alone: the department of that level in scope, as written
    ("由区住建局牵头，县民政局参与。", "区住建局", "GovernmentBody"),
    ("由区住建局牵头，县民政局参与。", "县民政局", "GovernmentBody"),
    ("区城管局、区市场监管局到场。", "区市场监管局", "GovernmentBody"),
    ("物业行业党委隶属市住建局党组。", "市住建局党组", "PartyOrganisation"),
    ("区委统战部党支部认领了项目。", "区委统战部党支部", "PartyOrganisation"),  # a committee's department's Party body
    ("社区组建“银龄关爱”志愿服务队。", "“银龄关爱”志愿服务队", "SocialOrganisation"),  # a quoted name and a kind of team
    ("建成“红色物业”服务站12个。", "“红色物业”服务站", "Facility"),   # a quoted name and a site's head (ggl:facility_heads)
    ("小区党支部、业委会和锦华物业三方成员交叉任职。", "锦华物业", "PropertyCompany"),  # a brand before 三方 (a list's closer)
    ("家住青州市雁峰区先锋街道沿江社区的李阿姨说。", "先锋街道", "Place"),  # 先 may open a two-character name
    ("青石街道和谐路社区依托和谐家园小区设立。", "和谐家园小区", "Place"),  # a name opens at 和谐 (ggl:name_opening_words)
    ("青州市武昌区南湖街道都市桃源社区建成于2002年。", "都市桃源社区", "Place"),
    ("临颍县城关街道新华社区召开会议。", "城关街道", "Place"),   # 县城 is a word, but a street's name follows 县
    ("临颍县城关街道新华社区召开会议。", "临颍县", "Place"),
    ("源汇区老街街道新华街社区召开会议。", "老街街道", "Place"),  # 老街 is a word, but under a district a street's name
    ("荆州市沙市区中山路街道植物园社区开会。", "沙市区", "Place"),  # a two-character name may end in 市 before 区
    ("社区和平安派出所共建。", "平安派出所", "GovernmentBody"),          # but 和 before another word stays a conjunction
    ("普东社区党委与青石医院、升平社区党委与祖庙派出所、莲峰社区党委与青石中学分别签约。", "祖庙派出所", "GovernmentBody"),  # a list item starts after 与
    ("小区物业服务企业青州市恒安物业管理有限公司提出上调停车费。", "青州市恒安物业管理有限公司", "PropertyCompany"),  # the kind, then the name
    ("小区的物业公司——青州市恒安物业管理有限公司提出上调停车费。", "青州市恒安物业管理有限公司", "PropertyCompany"),  # a dash parts the kind from the name
    ("青州市城中街道南山社区党委召开会议。", "南山社区党委", "PartyOrganisation"),  # 城中 opens a street's name (城中村 is none)
    ("全市346支在职党员志愿服务队开展服务。", "在职党员志愿服务队", "SocialOrganisation"),  # a team named by whom it gathers
    ("青石法院在职党员进社区志愿服务队推行服务模式。", "青石法院在职党员进社区志愿服务队", "SocialOrganisation"),  # 在 inside 在职 stops no name
    ("市委网信办党支部与莲花社区联合举办活动。", "市委网信办党支部", "PartyOrganisation"),  # a committee's office (ggl:party_departments)
    ("由县级机关企事业单位党组织包保社区党组织。", "县级机关企事业单位党组织", "PartyOrganisation"),  # a kind keeps its level
    ("机关干部下沉青禾社区。", "青禾社区", "Place"),             # a name opens after 下沉 (ggl:place_left_boundary)
    ("青石省住房和城乡建设厅印发通知。", "青石省住房和城乡建设厅", "GovernmentBody"),  # a province's department
    ("小区党支部书记由青禾社区“两委”干部兼任。", "社区“两委”", "CommunityCommittee"),
    ("社区党委下设1个“两新”组织联合党支部。", "“两新”组织联合党支部", "PartyOrganisation"),  # a kind's Party bodies
    ("推动业委会、业主党员携手参与小区治理。", "业主党员", "Role"),  # Party members named by who they are
    ("建立由社区党员、商户代表和居民代表组成的议事会。", "商户代表", "Role"),
    # bare names listed before a count of places share its ending
    ("青石街道青龙、银泉、梅园等6个社区完成换届。", "银泉社区", "Place"),
    ("青石街道青龙、银泉、梅园等6个社区完成换届。", "青龙社区", "Place"),
    ("上林街、交通路两个社区参与结对。", "上林街社区", "Place"),  # a street's name names a community
    ("青禾社区有柳岸新城、江东时代、桂香花苑等居民小区。", "柳岸新城", "Place"),  # 等居民小区 without a count; not 有柳岸新城
    ("青禾社区辖桂香村和青禾新村、青禾二村、滨江春天3个住宅小区。", "滨江春天", "Place"),  # the village before 和 is not counted
    ("青禾社区辖桂香村和青禾新村、青禾二村、滨江春天3个住宅小区。", "青禾新村", "Place"),  # an item with its own ending
    ("青石区全面推广“3+1”四方会谈社区议事协商机制。", "“3+1”四方会谈社区议事协商机制", "Mechanism"),  # a long head
    ("青嘉物业项目经理担任桂香社区党委兼职委员。", "青嘉物业", "PropertyCompany"),  # a brand before a post holder's noun
    # kinds of the vocabulary met in the tenth round's reports
    ("小区由开发商移交给业委会。", "开发商", "Institution"),
    ("由党员志愿者和居民代表组成巡查队。", "巡查队", "SocialOrganisation"),
    ("每个共建单位明确1名党建联络员。", "党建联络员", "Role"),
    ("推动县直单位进驻城区社区。", "县直单位", "GovernmentBody"),
    ("街道向物业企业选派党建工作指导员。", "党建工作指导员", "Role"),
    ("出席青石市青禾街道青龙社区居民委员会揭牌仪式。", "青禾街道", "Place"),  # a name opens after 出席
    ("青石区学院路实验学校组织师生参观。", "青石区学院路实验学校", "Institution"),  # 学院 opens a road's name (ggl:road_endings)
    ("青石区医院路小学与桂香社区结对。", "青石区医院路小学", "Institution"),
    ("桂香社区与青禾实验初中、青石高中联合举办活动。", "青禾实验初中", "Institution"),  # 初中 and 高中 end a school's name
    ("桂香社区与青禾实验初中、青石高中联合举办活动。", "青石高中", "Institution"),
    ("华强街道与图强小区结对。", "图强小区", "Place"),  # 图 takes no result: a name
    ("青石区委党建办牵头建立联席会议制度。", "青石区委党建办", "GovernmentBody"),  # a department of a Party committee
    ("中共青石市委党校与桂香社区结对。", "中共青石市委党校", "Institution"),  # the committee's school, not the committee
    ("青石市桂香区实验学校选派教师到社区。", "青石市桂香区实验学校", "Institution"),  # a unit keeps the places before it
    ("江东省青石市桂香县住建局推行“红色物业”。", "桂香县住建局", "GovernmentBody"),  # a department its own place
    ("青石区推行“社区+校区”“社区+商区”等“社区+”融合模式。", "“社区+校区”", "Mechanism"),  # each of a run of quotes before 等 and a scheme
    ("青石区推行“社区+校区”、“社区+商区”等融合模式。", "“社区+商区”", "Mechanism"),
    ("青石镇将原青禾村、原柳岸村合并组建桂香社区。", "柳岸村", "Place"),  # the name opens after 原 (former)
    ("山西省太原市迎泽区推行“红色物业”。", "太原市", "Place"),  # not inside a name
    ("青石区依托“大工委”推动驻区单位参与治理。", "街道大工委", "PartyOrganisation"),  # a kind's short form, quoted
    ("青石街道和谐社区居委会接管了小区。", "和谐社区", "Place"),  # a slogan's words, named under a street
    ("青石区委区直机关工委联合桂香社区党委开展活动。", "青石区委区直机关工委", "GovernmentBody"),  # a committee's department
    ("于家堡街道推行“红色物业”。", "于家堡街道", "Place"),  # 于 may open a name (ggl:place_name_bad_inner_chars)
    ("会上，丽景天下二期小区被授予称号。", "丽景天下二期小区", "Place"),  # a compound's long name opens a clause
    ("青石社区与桂县人民医院结对共建。", "桂县", "Place"),  # a county of one character
    ("青石县农商银行城阳支行承诺为社区服务。", "青石县农商银行城阳支行", "Institution"),  # a branch with its unit (ggl:branch_heads)
    ("青石街道下辖梅园社区、912社区等9个社区。", "912社区", "Place"),  # the community of a numbered works
    ("解放军184医院与枫园社区结对共建。", "解放军184医院", "Institution"),  # a number closing a unit's modifier
    ("青石市跨境电商产业链党委成立以来，园区企业有了主心骨。", "青石市跨境电商产业链党委", "PartyOrganisation"),  # a long modifier before a Party kind
    ("马头镇信访办联合社区党员志愿者走上街头。", "党员志愿者", "Role"),  # the place word before a role opens no longer role (社区党员 gives way to 党员志愿者)
    ("青石市应急管理局直属机关党委与桂香社区党委结对共建。", "青石市应急管理局直属机关党委", "PartyOrganisation"),  # 直属机关 between a unit and its Party kind (ggl:own_office_words)
    ("桂香社区联合青石市档案馆开展活动。", "青石市档案馆", "Institution"),  # 档案馆 heads a unit (ggl:unit_nouns)
    ("青石区桂香街道名盛苑小区。", "名盛苑小区", "Place"),  # 名 may open a compound's name (not in ggl:place_name_bad_start)
    ("青禾市均安镇桂香社区。", "均安镇", "Place"),  # 均 may open a two-character name (ggl:short_name_chars)
    ("乌兰察布市集宁区桥西街道。", "乌兰察布市", "Place"),  # a city whose name holds 察 (ggl:name_opening_words)
    ("桂香社区落实《青石市文明养犬管理办法（试行）》。", "《青石市文明养犬管理办法（试行）》", "Policy"),  # a document's head before its bracket (ggl:document_heads)
    ("小区合并后，桂香社区党委牵头组建青禾家园小区党支部。", "青禾家园小区党支部", "PartyOrganisation"),  # a name opens after a founding verb
    ("青石县老城街道东关社区推行“红色物业”。", "老城街道", "Place"),  # 老城 is a name
    ("青石镇鑫都华庭一期、欧文博仕缘、幸福名筑等8个小区正在改造。", "幸福名筑", "Place"),  # a compound listed keeps its name as written
    ("青石街道桥西社区油脂机械厂11号院小区没有物业。", "油脂机械厂11号院小区", "Place"),  # a works' yard names a compound
    ("江东省青州市市北区桂香街道推行“红色物业”。", "市北区", "Place"),  # a district's two characters under its city
    ("县人民医院包联南门社区康馨小区。", "县人民医院", "Institution"),  # a unit named by its level alone
    ("县第一中学包联南门社区。", "县第一中学", "Institution"),  # the head 中学 runs on past 一中
    ("——江东省青州市桂香街道党建引领基层治理工作经验", "桂香街道", "Place"),  # a subtitle's dash opens a name
    ("中共桂县县委组织部牵头。", "中共桂县县委组织部", "GovernmentBody"),  # 县 written twice: 桂县 + 县委
    ("在楼栋设置党员堡垒户，在单元设置党员先锋户。", "党员先锋户", "Role"),  # households of Party members
    ("由县住房和城乡建设局党支部与小区党支部结对共建。", "县住房和城乡建设局党支部", "PartyOrganisation"),  # not 城乡建设局党支部
    ("青石县建立城市党建联席会议制度和县领导联系社区制度。", "城市党建联席会议制度", "Mechanism"),  # A制度和B制度: two names
    ("桂香社区党支部联合驻区单位构建“石榴花开”和谐型示范社区。", "“石榴花开”和谐型示范社区", "Mechanism"),  # 和谐 is no conjunction
    ("青川市推动共建。桂香社区与国网青川市供电公司结对共建。", "国网青川市供电公司", "Institution"),  # a brand before a known place (ggl:unit_brands)
    ("青川市推动共建。桂香社区与国家税务总局青川市税务局结对共建。", "国家税务总局青川市税务局", "GovernmentBody"),
    ("青石供电公司派出党员电工进桂香社区排查线路。", "桂香社区", "Place"),
    ("青川市住建委明确到2022年全市业委会组建率达到90%。", "青川市住建委", "GovernmentBody"),  # 住建委 heads a department
    ("青石区每年开展“红色物业”星级评定。", "“红色物业”星级评定", "Mechanism"),  # 评定, 评选 head a scheme (ggl:mechanism_heads)
    ("青石街道依托党建联席会议制度搭建共建平台。", "党建联席会议制度", "Mechanism"),  # after 依托 a strong head ends the name (ggl:means_verbs)
    ("青川市成立高分子产业链综合党委。", "高分子产业链综合党委", "PartyOrganisation"),  # 产业链, 商圈 end a unit's name (ggl:institution_nouns)
    ("青石街道成立青禾商圈党委。", "青禾商圈党委", "PartyOrganisation"),
    ("青石商会党支部与全乡21个村（社区）党支部结对。", "村（社区）党支部", "PartyOrganisation"),  # an alternative inside a kind
    ("推动物业服务企业（项目）党支部建设。", "物业服务企业（项目）党支部", "PartyOrganisation"),
    ("全乡21个村（社区）全部建立议事会。", "村（社区）", "Place"),  # a kind of place with another after it
    ("青禾小区成立自管委员会，楼院自管会每月议事。", "楼院自管会", "OwnersCommittee"),  # a self-management committee
    ("桂香社区建成健康小屋和微型消防站。", "健康小屋", "Facility"),  # sites of the service kind
    ("桂香社区建成健康小屋和微型消防站。", "微型消防站", "Facility"),
    ("青川市餐饮行业总会会长出席仪式。", "青川市餐饮行业总会", "SocialOrganisation"),  # 总会 heads a named body
    ("联盟会员单位之间互通维修资源。", "会员单位", "Institution"),
    ("青石科技有限公司携手共青团青川市委开展活动。", "共青团青川市委", "SocialOrganisation"),  # a prefix before the place (ggl:committee_prefixes)
    ("青川市住建局局长在会上说。", "青川市住建局", "GovernmentBody"),  # 局长 is a post, no second 局
    ("青石县公安局局长到场。", "青石县公安局", "GovernmentBody"),
    ("社区在试点小区成立桂香社区“红色管家”临时党支部。", "桂香社区“红色管家”临时党支部", "PartyOrganisation"),  # a quoted modifier
    ("青禾社区“红色物业”服务站对标“1173”管理模式。", "青禾社区“红色物业”服务站", "Facility"),  # a quoted word before a site's head
    ("青禾小区党支部与江东润和物业服务有限公司推行机制。", "江东润和物业服务有限公司", "PropertyCompany"),  # 和 with no name after it
    ("青禾小区与江东和顺物业管理有限公司签约。", "江东和顺物业管理有限公司", "PropertyCompany"),  # … or one character
    ("青石物业和江东物业管理有限公司签约。", "江东物业管理有限公司", "PropertyCompany"),  # a name of two after it: 和 joins
    ("桂香社区党委指导青禾小区功能型综合党支部开展工作。", "青禾小区功能型综合党支部", "PartyOrganisation"),  # a type (功能型) in the modifier
    ("桂香镇党委指导成立向阳桥商圈党委。", "向阳桥商圈党委", "PartyOrganisation"),  # 向阳 opens a name (ggl:name_opening_words)
    ("桂香镇成立向阳桥商业街商圈党委。", "向阳桥商业街商圈党委", "PartyOrganisation"),
    ("青石市和顺佳苑物业管理有限公司进驻小区。", "青石市和顺佳苑物业管理有限公司", "PropertyCompany"),  # 和 after a named place
    ("由链主企业青石化学能源有限公司党委、青石矿冶党委的书记和青川市工业和信息化局的党员负责人担任兼职委员。",
     "青石矿冶党委", "PartyOrganisation"),  # a listed item's name ends before 的  # a name may open after 进 (ggl:place_left_boundary)
    ("青川市纪委监委选派2名干部到社区。", "青川市纪委监委", "GovernmentBody"),  # 纪委监委 heads a unit (ggl:unit_nouns)
    ("江东省科学技术厅与社区结对。", "江东省科学技术厅", "GovernmentBody"),  # a province's 厅
    ("青川市委办公厅与社区结对。", "青川市委办公厅", "GovernmentBody"),  # 办公厅 of a committee (ggl:party_departments)
    ("青川市委社治委牵头建立联席会议制度。", "青川市委社治委", "GovernmentBody"),
    ("青禾社区党委召集业委会召开“三方协商会”。", "“三方协商会”", "Mechanism"),  # 协商会 is no 商会 (ggl:not_units)
    ("青禾社区党委召集柳岸小区业委会开会。", "柳岸小区业委会", "OwnersCommittee"),  # a name opens after 召集
    ("【柳岸街道】青石街道青禾社区常住居民3000户。", "青禾社区", "Place"),
    ("江东省都江市青石街道青禾社区位于城区。", "都江市", "Place"),
    ("推动社区党组织与物业项目党支部结对共建。", "物业项目党支部", "PartyOrganisation"),  # a kind of its own (ontology/kinds.ttl)
    ("青禾社区党委与江东农业大学青石校区结对共建。", "江东农业大学青石校区", "Institution"),  # a campus is named with its university (ggl:branch_heads)  # 都 may open a name under its province (ggl:short_name_chars)  # a bracketed heading opens names after it
    ("社区东至柳岸路，南至青禾花园小区。", "青禾花园小区", "Place"),  # a boundary's 南至 opens a name (ggl:place_left_boundary)
    ("街道干部联系桂香社区。", "桂香社区", "Place"),  # 联系 opens a name (ggl:place_left_boundary)
    ("由青禾路街道党工委牵头。", "青禾路街道", "Place"),  # a preposition opens no road's name
    ("江东省三家河市柳岸街道开展义诊。", "三家河市", "Place"),  # a count's characters may open a city's name
    ("青川市从柳区民政局与桂香社区签订共建协议。", "从柳区", "Place"),
    ("青川市柳岸山区桂香街道党工委与青禾社区共建。", "柳岸山区", "Place"),  # a district's name of three ending in 山 under its city
    ("青禾街道下设桂香、柳岸、青石3个新型社区。", "柳岸社区", "Place"),
    ("青川市柳岸管理区桂香街道第九社区开展义诊。", "柳岸管理区", "Place"),  # 管理区 ends a district's name
    ("青川市柳岸区住房和城市建设委员会印发通知。", "柳岸区住房和城市建设委员会", "GovernmentBody"),  # named by its own place
    ("青川市柳岸管理区桂香街道第九社区开展义诊。", "第九社区", "Place"),  # an ordinal names a community under its street
    ("牵头单位：街道党建办；责任单位：镇司法所。", "街道党建办", "GovernmentBody"),  # an office of the street in scope
    ("牵头单位：街道党建办；责任单位：镇司法所。", "镇司法所", "GovernmentBody"),
    ("青石区按照“1+N”标准配备网格队伍。", "“1+N”标准", "Mechanism"),  # the head before a verb ends the name
    ("新建村党委组织党员开展活动。", "新建村", "Place"),  # 新建 may open a name
    ("成员单位涵盖区检察院、顺建投公司、桂香苑物业、电信公司等。", "桂香苑物业", "PropertyCompany"),  # 苑 before bare 物业: a brand
    ("柳岸社区党委与青禾小区物业公司签订联建协议。", "物业服务企业", "PropertyCompany"),  # a compound's company (ggl:compound_unnamed_kinds)
    ("山西青县柳岸镇青禾小区成立党支部。", "青县", "Place"),  # a province written short heads the chain (ggl:bare_place_names)
    ("青川市柳岸路街道桂香街西段社区青禾小区成立党小组。", "桂香街西段社区", "Place"),  # a road's section (ggl:name_continuations)
    ("青禾社区桂香街28号院成立院落党支部。", "桂香街28号院", "Place"),  # a road's number names the yard
    ("依托联席会制度，桂香新苑三期小区先试先行。", "桂香新苑三期小区", "Place"),  # an estate's phase (ggl:name_continuations)
    ("柳岸镇青禾新型农村社区设立党员中心户。", "青禾新型农村社区", "Place"),  # 新型农村社区 ends a community's name
    ("您在政协青川县第十届委员会第三次会议期间提出的建议收悉。", "政协青川县第十届委员会", "GovernmentBody"),  # the term before 委员会
    ("山西青县柳岸镇青禾小区成立党支部。", "山西省", "Place"),  # … labelled in full
    ("内蒙古青川市召开会议。内蒙古自治区柳岸市成立专班。", "柳岸市", "Place"),  # a known short name before its ending is the full name
    ("青石县成立青石县党建引领“三无”治理工作专班。", "青石县党建引领“三无”治理工作专班", "GovernmentBody"),  # a quoted topic inside a group's name
    ("青石社区成立禁毒专项行动领导小组。", "禁毒专项行动领导小组", "GovernmentBody"),  # 专项 is no count in a group's task
    ("青石社区成立垃圾分类领导小组。", "垃圾分类领导小组", "GovernmentBody"),  # 分类 names a task (ggl:task_words)
    ("青石社区成立自建房排查整治领导小组。", "自建房排查整治领导小组", "GovernmentBody"),  # 排查 names a task (ggl:task_words)
    ("青石县红十字会走进桂香社区开展救护培训。", "青石县红十字会", "SocialOrganisation"),  # 红十字会 heads a unit's name (ggl:unit_nouns)
    ("桂香社区与中铁青禾项目部签订共建协议。", "中铁青禾项目部", "Institution"),  # 项目部 heads a unit's name
    ("桂香社区与青川广播电视台结对。", "青川广播电视台", "Institution"),  # 电视台 heads a unit's name
    ("驻区企业青川项目部组织党员走进桂香社区。", "青川项目部", "Institution"),  # a kind (驻区企业) before a name is no part of it
    ("由桂香镇党委书记兼任综治办主任。", "综治办", "GovernmentBody"),  # a kind of office (ontology/kinds.ttl)
    ("桂香社区组建“七彩”志愿者队伍。", "“七彩”志愿者队伍", "SocialOrganisation"),  # a quoted name before a kind of team names one team, no scheme
    ("青川市公安局高新技术产业开发区分局柳岸产业园派出所民警走进社区。", "青川市公安局高新技术产业开发区分局柳岸产业园派出所", "GovernmentBody"),  # a long unit's name cut by length opens with its parent's
    ("由青石镇本土企业青禾集团开发的小区。", "青禾集团", "Institution"),  # a descriptor before a name (ggl:descriptor_endings)
    ("桂香社区党委与中铁青禾6号线2标项目部党支部共建。", "中铁青禾6号线2标项目部党支部", "PartyOrganisation"),  # a metro line's section in a name
    ("青石市委政研室联合党支部与柳岸社区签订共建协议。", "青石市委政研室联合党支部", "PartyOrganisation"),  # a department's joint branch
    ("海怡园小区成立业委会换届筹备组和业主大会筹备组。", "业委会换届筹备组", "OwnersCommittee"),  # kinds of preparatory group
    ("满都拉镇党委联合查干哈达苏木党委组建联合党委。", "查干哈达苏木党委", "PartyOrganisation"),  # 查干 opens a name (ggl:name_opening_words)
    ("桂香社区党委引导新华联家园小区建立议事会。", "新华联家园小区", "Place"),  # 引导 opens a name (ggl:place_left_boundary); 联 in a compound's (ggl:compound_name_chars)
    ("青石区推行“协商立项—认领实施—定期反馈”闭环机制。", "“协商立项—认领实施—定期反馈”闭环机制", "Mechanism"),
    ("青石社区“海棠红·幸福里”社区食堂正式启用。", "“海棠红·幸福里”社区食堂", "Facility"),
    ("青石县柳岸湾易地扶贫搬迁安置区是全省最大的安置区。", "柳岸湾易地扶贫搬迁安置区", "Place"),  # a resettlement site's long ending
    ("青川市委成立柳岸湾易地扶贫搬迁安置区临时党工委。", "柳岸湾易地扶贫搬迁安置区临时党工委", "PartyOrganisation"),
    ("活动由青石区柳岸巷管委会策划。", "青石区柳岸巷管委会", "GovernmentBody"),  # 管委会 heads a unit's name (ggl:unit_nouns)
    ("青禾社区党总支、青禾社区居委会在桂香街道党工委、办事处的领导下开展工作。", "青禾社区居委会", "CommunityCommittee"),  # a list's item ends before a preposition
    ("由桂香街道党工委和桂香街道办事处主办、青石团区委等单位承办的“青春”活动举行。", "桂香街道办事处", "GovernmentBody"),  # 主办 ends a name (ggl:phrase_verbs)
    ("青禾社区居委会在桂香街道党工委、办事处的领导下开展工作。", "桂香街道办事处", "GovernmentBody"),  # a bare partner after a street's body (ggl:paired_kinds)
    ("青石社区部分小区物业管委会成立。", "物业管委会", "OwnersCommittee"),  # a kind (ontology/kinds.ttl), no unit's name
    ("青石二中党总支与桂香社区结对共建。", "青石二中党总支", "PartyOrganisation"),  # a school's number (二中, 三小: ggl:unit_nouns)
    ("共建单位有青石医院和柳岸中学。", "青石医院", "Institution"),  # a name opens after 有 (ggl:existence_verbs)
    ("青石有色金属公司党委与桂香社区共建。", "青石有色金属公司党委", "PartyOrganisation"),  # … but not inside 有色 (ggl:existence_in_names)  # 临时党工委 is a kind  # a quoted name before a kind of site names one (as before a team)  # steps of work, no levels  # a word sorting the counted places (ggl:counted_place_modifiers)  # 从 opens a name under its higher place (ggl:chained_short_name_chars)
])
def test_a_name_is_found(text, label, type_):
    assert any(m[0] == label and m[1] == type_ for m in mentions(text)), sorted(mentions(text))


@pytest.mark.parametrize("text,label", [
    ("青禾市第一医院帮扶社区党支部。", "青禾市第一医院帮扶社区党支部"),  # a verb, then a kind: two mentions
    ("传统村落的熟人社会散了。", "传统村"),  # 村落, 村庄: the ending starts another word (ggl:non_place_words)
    ("青禾省文联党组到宁安路街道报到。", "文联党组到宁安路街道"),  # no body inside a place's name
    ("青禾省文联到宁安路街道报到。", "文联到宁安路街道"),
    ("群众和物业多次协商。", "群众和物业"),
    ("中国青州网讯 青禾社区党委推动共建。", "中国青州"),
    ("2021年1月8日　星期五社区“两委”成员到位。", "星期五社区"),
    ("科学划定社区规模，增设青禾社区、柳岸社区。", "科学划定社区"),  # a verb (划定) inside no name
    ("李青，现任吉林省青川市桂香社区党委书记。", "现任吉林省"),  # a verb of holding a post opens no place
    ("集中商议停车管理、环境卫生等小区事务。", "环境卫生"),  # the kind heads another noun (小区事务)  # a weekday after a date opens no place
    ("南河街道构建四级组织体系，当年新建小区党支部9个。", "当年新建小区"),  # a time word opens no place  # a news site's name opens no place (ggl:place_name_bad_start)
    ("各街道主动对接盟市直包联单位。", "接盟市"),  # no name opens inside a verb (对接)
    ("青石市推行“一总三联六化”工作法，“六化”即六项重点工作。", "“六化”即六项重点工作"),  # a name explained
    ("业委会和物业共同商议。", "和物业"),
    ("青禾省青石市以街道党工委、社区党组织为主导。", "青禾省青石市以街道党工委"),  # a preposition after a place
    ("倡导小区党支部、业委会、物业服务企业成员交叉任职。", "倡导小区"),
    ("工作人员回访来电人。得知小区路面已经平整，来电人连连道谢。", "得知小区"),  # a verb of learning opens no place
    ("青禾街道紧扣社区需求开展服务。", "紧扣社区"),
    ("一是推行“大工委制”，做大街道党工委“朋友圈”。", "做大街道"),  # a verb and its complement open no place
    ("二是强化引领，用好小区党支部、业委会、物业服务企业“三架马车”。", "用好小区党支部"),  # … nor a listed unit's name
    ("勐永社区是勐永镇的中心社区。", "中心社区"),  # a modifier (中心, 超大, 所有, 常住地) opens no place
    ("团县委特邀医护人员走进驿站开展健康讲座。", "团县"),  # 团县委 is no county's committee
    ("正如社区书记所说，超大社区要分网格。", "超大社区"),
    ("正如社区书记所说，超大社区要分网格。", "正如社区"),
    ("（《青川日报》2023年11月14日06版）", "《青川日报》"),  # a newspaper cited as the source is no policy
    ("青石市以小区党支部为核心，建立“三方联动”机制。", "青石市以小区党支部"),
    ("即以街道党工委为核心，建立联盟。", "即以街道"),
    ("兴虎社区配强小区网格党支部。", "兴虎社区配强小区网格党支部"),
    ("社区党委携手中铁十九局开展活动。", "社区党委携手中铁十九局"),
    ("组织辖区医院、学校开展义诊。", "辖区医院"),
    ("全区党员到居住地社区报到。", "居住地社区"),
    ("小区物业公司负责保洁。", "小区物业公司"),
    ("各方形成“一盘棋”格局。", "“一盘棋”"),
    ("破解小区物业难题。", "破解小区"),
    ("做到小事不出小区、大事不出社区。", "大事不出社区"),
    ("推动在职党员报到社区。", "报到社区"),
    ("唤来城管、环保、交通执法等部门共同施治。", "唤来城管部门"),
    ("社区与供电、供水、燃气等管线单位结对。", "供电"),      # two characters are a kind of service, not a unit
    ("区住建、公安、综治等部门到场。", "综治等部门"),
    ("让住建、公安等部门报到。", "让住建部门"),
    ("在商业街开展活动。", "商业街"),
    ("探索建立机关党组织和党员常态联系服务群众的长效机制。", "常态联系服务群众的长效机制"),
    ("拓展“两新”组织服务功能，联动“两新”组织参与。", "“两新”"),
    ("青石区深化街道“大工委”制和社区“兼职委员”制。", "“大工委”制和社区"),
    ("定期召集小区党支部商讨。", "定期召集小区"),
    ("他们给社区捐了物资。", "他们给社区"),
    ("共建美好家园。", "美好家园"),
    ("在青禾湾小区开展活动。", "青禾湾"),
    ("地处长安街沿线的西城区。", "长安街"),
    ("社区党委和金谷社区党支部开展活动。", "和金谷社区"),
    ("打造一批小区党支部。", "一批小区"),
    ("推动资源向小区倾斜。", "资源向小区"),
    ("撬动小区治理。", "撬动小区"),
    ("深入偏远山区开展义诊。", "偏远山区"),
    ("由大社区党委牵头。", "由大社区"),
    ("在城区建设驿站。", "在城区"),
    ("整合辖区党群服务中心、青州市东湖实验幼儿园党支部资源。", "辖区党群服务中心"),
    ("和平街地处青州市中心。", "平街地处青州市"),
    ("宁夏银行参与共建。", "宁夏"),
    ("2020年作为试点社区率先启动改造。", "试点社区"),
    ("社区启动515户外墙维修工程。", "515户外墙维修工程"),
    ("创建重点小区和星级小区。", "重点小区"),
    ("镇党委派驻6名班子成员进驻安置小区。", "安置小区"),    # a kind of compound (resettlement)
    ("回迁小区和搬迁安置社区。", "回迁小区"),
    # verbs and openers are no part of a unit's name
    ("镇里还组建党员志愿服务队。", "镇里还组建党员志愿服务队"),
    ("几位老人围着社区党委的同志。", "几位老人围着社区党委"),
    ("青禾物业公司入驻后成立公司党支部。", "青禾物业公司入驻后成立公司党支部"),
    ("比如物业管理公司要配合。", "比如物业管理公司"),
    # an adjective, a kind or a figure before 物业 is no brand
    ("全体物业公司加入联盟。", "全体物业公司"),
    ("小区物业公司负责保洁。", "小区物业公司"),
    ("两家物业公司参与。", "两家物业公司"),
    ("十余家物业公司参与。", "十余家物业公司"),
    ("其余物业公司参与。", "其余物业公司"),
    ("业主不知道哪家物业靠谱。", "哪家物业"),
    ("建立以街道党工委为核心的区域化党建联席会议制度，每季度召开一次联席会议。",
     "区域化党建联席会议制度，每季度召开一次联席会议"),
    ("约谈整改物业公司。", "约谈整改物业公司"),
    ("过去找物业，现在找支部。", "过去找物业"),           # a verb or adverb is no brand
    ("业主们决定以共建物业的方式管理小区。", "以共建物业"),
    # a word over a unit head noun is no unit
    ("构建共治格局。", "共治格局"),
    # a count before a unit head noun is no name (组建起一支队伍)
    ("青禾社区组建起一支队伍。", "起一支队"),
    # one character before a kind makes a phrase, not a place (原行政村 = the former village)
    ("镇党委将原行政村党支部转建为社区党支部。", "原行政村"),
    # verbs a place name never holds (ggl:verbs_not_names)
    ("街道择优选聘社区两委成员。", "选聘社区"),
    ("同步选举产生社区居委会。", "步选举产生社区"),
    ("居民共同协商小区大事。", "协商小区"),               # a verb before 小区 (ggl:verbs_not_names)
    ("南环中路街道现辖荣盛社区等5个社区。", "现辖荣盛社区"),     # but never 辖 (ggl:name_function_chars)
    ("组织青禾社区与青石镇派出所、青石镇卫生院签订协议。", "青禾社区与青石镇派出所"),
    ("按照全市统一部署推进。", "照全市"),                 # a determiner before the ending (ggl:place_name_bad_end)
    ("全镇推动镇内一批村改居社区成立党组织。", "镇内一批村"),
    ("光靠社区难以解决。", "光靠社区"),
    ("推动商品住宅楼小区成立业委会。", "商品住宅楼小区"),      # a kind of compound (ggl:place_name_bad_start)
    ("崂山区推动村改社区建立小区党组织。", "村改社区"),
    ("社区约三分之二为棚户区。", "棚户区"),               # a word ending like a place (ggl:non_place_words)
    ("推动创建和谐社区。", "和谐社区"),
    ("三方共同研究停车、绿化等小区事务。", "绿化"),  # 等小区事务 without a count lists no names
    ("街道定期沟通社区建设中的难题。", "定期沟通社区"),  # a verb before 社区 (ggl:verbs_not_names)
    ("深入基层社区调研。", "基层社区"),
    ("城区所在地桂香镇共有小区87个。", "地桂香镇"),  # 所在地 before a name (ggl:place_left_boundary)
    ("授予桂香花园小区等8个小区称号。", "授予桂香花园小区"),  # a verb before a name (ggl:verbs_not_names)
    ("首先请区委组织部副部长介绍。", "首先请区"),
    ("建设无障碍社区。", "无障碍社区"),  # a kind of community, not a name (ggl:title_place_words)
    ("桂香街道按照“管行业必须管党建”的要求推进物业党建。", "“管行业必须管党建”"),  # a principle followed, no scheme
    ("桂香社区先后获评青川市五好示范社区、江东省充分就业社区。", "五好示范社区"),  # a title awarded, even under a place
    ("桂香社区先后获评青川市五好示范社区、江东省充分就业社区。", "充分就业社区"),
    ("从社区“两委”成员或街道优秀干部中选派。", "成员或街道"),  # 或 joins two phrases (ggl:place_name_bad_chars)
    ("“红色物业”撑起小区治理一片天。", "撑起小区"),        # a verb's complement before the ending (ggl:place_name_bad_end)
    ("青石县住建局瞄准小区治理中的难点。", "住建局瞄准小区"),
    ("解决不了的提交社区联席会议。", "提交社区"),
    ("邀请青石区司法局和社区“五老”参与调解。", "司法局和社区"),  # a unit, 和 and a kind
    ("青石街道学院路社区推广议事工作法。", "青石街道学院"),
    ("社区建起一所党校。", "一所党校"),                      # a count is no name
    ("社区党委分别与中国银行青石分行、青石市第一中学签订协议。", "中国银行"),  # a unit inside a longer name
    ("青石区住建局、泉州银行、青石移动等驻街单位党组织负责人担任委员。", "青石移动等驻街"),  # 等 in no name
    ("东涂社区现有住宅小区28个。", "现有住宅小区"),
    ("参照社区“两委”选举标准。", "参照社区"),
    ("中共青石市委城乡基层治理委员会办公室印发指南。", "委城乡"),     # 委 right after a place opens no name
    ("与辖区中小学校、青石医院签订协议。", "辖区中小学校"),
    ("用“红色力量”凝聚人心。", "“红色力量”"),                 # 红色 before no kind is a saying
    ("环市街道位于青石市中心城区。", "青石市中心"),            # a word over a head noun (ggl:not_units)
    ("宣传贯彻中央和省市县委的部署。", "省市县"),               # levels listed, no place
    ("每月共同商量小区环境整治。", "商量小区"),
    ("武宁：“红色物业”扮靓小区 党建引领汇聚合力", "“红色物业”扮靓小区"),  # a verb between quote and place head
    ("越河街社区链接区交警大队开展活动。", "链接区"),
    ("聘请一批热心社区事务的人士担任兼职委员。", "热心社区"),
    ("推动封闭管理小区成立业委会。", "封闭管理小区"),
    ("紧邻小区的学校开展活动。", "紧邻小区"),
    ("——访青州市委组织部负责人", "访青州市委组织部"),  # an interview's subtitle: 访 opens no name
    ("全县落实“联述联评”和日常督查考核制度。", "“联述联评”和日常督查考核制度"),  # a joined phrase ends the quote's name
    ("青石区全区新建小区党支部12个。", "青石区全区新建小区党支部"),  # a modifier before a kind of place's Party kind
    ("青石区还尝试社区党组织领办合作社。", "青石区还尝试社区党组织"),
    ("每名居委干部包联若干小区。", "若干小区"),
    ("建立共商社区大事的机制。", "共商社区"),
    # a quoted name followed by 的 or by a verb is the name alone, not a phrase with a head noun
    ("“红山驿”是“党建共享家”的招牌项目。", "“党建共享家”的招牌项目"),
    ("街道党工委以“红色物业”搭平台。", "“红色物业”搭平台"),
    ("推行“四方联动”提升物业服务。", "“四方联动”提升物业服务"),
    ("在职党员“双报到”助力花园城市建设 驻区单位与社区结对共建", "“双报到”助力花园城市建设"),  # 助力 (ggl:phrase_verbs)
    ("兼职委员向所在街道“大工委”或社区“大党委”述职。", "“大工委”或社区"),  # 或 joins two names
    ("本网青州11月22日电　今年以来，青石区出台方案。", "本网青州"),  # a dateline's desk opens no name
    ("新华社青州5月3日电 记者走进社区。", "新华社青州"),
    ("今日青州讯 日前，社区党委开展活动。", "今日青州"),               # a time word opens no name
    ("青石街道一位小区党支部书记说。", "青石街道一位小区党支部"),       # a count is no modifier of a name
    ("打造“大党委”议事室。", "社区大党委"),                            # a quote before a site's head is the site's name
    ("街道党工委吸收青石供电公司等单位加入联盟。", "吸收青石供电公司"),  # a verb opens no unit's name
    ("摸清小区党员底数。", "摸清小区"),                          # nor a place's (ggl:verbs_not_names)
    ("推动形成区域化党建新格局。", "区域化党建新格局"),        # 格局 is no bureau (局)
    ("青石市所辖桂林、杜尔伯特四县原有城市社区32个。", "杜尔伯特四县"),  # a count of counties ends no name
    ("我们将继续用好街道“大工委”这个平台。", "继续用好街道"),      # an adverb opens no name
    ("推动资源下沉网格、扎根小区。", "扎根小区"),
    ("三、邻近街道的“三主”议事", "邻近街道"),                      # an adjective of nearness opens no name
    ("有事先给小区党支部打电话。", "先给小区"),                      # nor a place before which 给 stands (ggl:place_name_bad_end)
    ("金山街道作为先行街道，率先组建“大工委”。", "先行街道"),          # 先 opens 先锋街道, but 先行 is a verb
    ("锻造社区干部队伍。", "锻造社区"),                              # verbs no name holds (ggl:verbs_not_names)
    ("新建改建社区党群服务中心12个。", "新建改建社区"),
    ("青石街道党工委召开街道“大工委”第一次联席会议。", "“大工委”第一次联席会议"),  # one meeting, no scheme
    ("青石街道党工委召开第一次联席会议。", "第一次联席会议"),
    ("七家成员单位将与社区一道参与“教育连线”各项活动。", "“教育连线”各项活动"),  # the activities of a scheme
    ("考察组听取社区负责人介绍，实地察看小区改造。", "听取社区"),   # verbs hold no name (ggl:place_name_bad_chars)
    ("考察组听取社区负责人介绍，实地察看小区改造。", "实地察看小区"),
    ("几位社区干部说。", "几位社区"),
    ("武鸣撤县设区后，区委组织部启动示范建设。", "武鸣撤县"),
    ("青州市民政局和城管局参加。", "青州市民政局和城管局"),   # 和 between two units joins them
    ("学校党委副书记张某某代表青石职业技术学院党委到社区。", "张某某代表青石职业技术学院党委"),  # 代表 is a verb
    ("学校党委副书记张某某代表青石职业技术学院党委到社区。", "学校党委副书记张某某代表青石职业技术学院党委"),  # a post ends no name
    ("社区和青石区住房城乡建设局参加。", "和青石区住房城乡建设局"),
    ("分别是青州市拱墅区和睦街道华丰社区党委、青州华附教育集团党总支。", "睦街道华丰社区党委"),  # not cut at 和睦's 和
    ("把抓好社区党建作为重点。", "抓好社区"),                        # a verb opens no name (ggl:place_name_bad_start)
    ("青石医院、青石中学作为“双报到”单位参加活动。", "“双报到”单位参加活动"),  # a quote that opens a kind heads no scheme
    ("青石区推行街道“大工委制”社区“大党委制”。", "“大工委制”社区"),  # a place word before a quote opens what follows
    ("紧盯城市社区小区治理中的痛点。", "紧盯城市社区"),        # words before a kind of place (城市社区) make no name
    ("仅靠区域内街道和社区的资源力量。", "域内街道"),            # 区域 stays a word when no name follows it
    ("在荆州市区开展活动。", "荆州市区"),                          # the urban area of a city, no district
    ("对没有物业管理的小区和城中村分类施策。", "城中村"),            # a village in the city is a kind, no name (ggl:non_place_words)
    ("小区的物业公司——青州市恒安物业管理有限公司提出上调。", "物业公司——青州市恒安物业管理有限公司"),
    ("全市346支在职党员志愿服务队开展服务。", "职党员志愿服务队"),
    ("公司党委将把共驻共建情况纳入公司党建工作年度考核。", "共驻共建情况纳入公司"),  # a verb before a bare 公司 is no trade
    ("青石股份有限公司党委（以下简称公司党委）与社区签约。", "以下简称公司党委"),  # a short name opens after 简称
    ("“四金”擦亮黄金社区治理底色。", "擦亮黄金社区"),             # a verb and its complement open no name
    ("新旧小区业委会召开会议。", "新旧小区"),
    ("小区党支部书记由青禾社区“两委”干部兼任。", "青禾社区“两委”"),   # the kind of the place (ggl:unnamed_kinds)
    ("陈某作了倡议，表示交警大队将与兴平社区携手。", "表示交警大队"),  # a verb of saying opens no name
    ("青石县住建局以“红色物业”为重要平台推动工作。", "“红色物业”为重要平台"),  # 为 ends a quoted name's modifier
    ("青石县住建局以小区“小切口”助推全国文明城市创建。", "“小切口”助推全国文明城市创建"),
    ("青石县住建局以小区“小切口”助推全国文明城市创建。", "住建局以小区"),  # a place's name never runs on past 局
    ("物业服务企业严格遵照省里的规定开展活动。", "严格遵照省"),
    ("街道在酝酿社区党委委员人选时把眼光放宽。", "酝酿社区"),  # a verb opens no name
    ("青石区全面推广“3+1”四方会谈社区议事协商机制。", "四方会谈社区"),  # no place inside a scheme's head
    ("青禾街道打造的“红色物业”获评青石市优秀党建品牌。", "“红色物业”获评青石市优秀党建品牌"),  # 获评 ends the name
    ("桂香社区努力构建党建工作新格局。", "党建工作新格局"),  # unquoted, a goal (ggl:quoted_only_heads)
    ("青石县打造社区微治理体系。", "社区微治理体系"),  # 体系, 品牌, 评选 unquoted: a goal or a task
    ("青禾社区开展志愿服务活动，打造志愿服务项目品牌。", "志愿服务项目品牌"),
    ("青石街道开展文明楼栋评选。", "文明楼栋评选"),
    ("推进网格化、智能化、现代化市域社会治理体系建设。", "现代化市"),  # 市域 is a city's whole area, no city's name
    ("青石区建立长效管理机制。", "长效管理机制"),  # only generic words before the head: a function
    ("青石园区和社区从“各自为战”走向“携手共治”。", "“携手共治”"),  # a change of state (ggl:contrast_verbs)
    ("小区的矛盾问题由“各自为战”转为“协同共治”。", "“协同共治”"),
    ("乡镇集镇和易地扶贫搬迁安置点新设社区10个。", "易地扶贫搬迁安置点"),  # modifiers of a kind, no name
    ("社区组织党员群众开展清洁行动。", "党员群众"),  # members and the masses, two groups
    ("服务中心设立集中办公区、等候区、交流区。", "交流区"),  # an area of a room, no district
    ("该社区地处老城区火车站区块。", "老城区火车站区"),  # 区块 is a word, no district's ending
    ("桂香社区党委逐楼摸排小区党员。", "逐楼摸排小区"),  # a verb opens no name
    ("国网青石供电公司常态化派出党员服务队进社区。", "国网青石供电公司常态化派出党员服务队"),  # an adverb breaks a name
    ("吸纳县直部门党组织负责人担任兼职委员。", "县直部门党组织"),  # the unit's head: the unit holds the post
    ("青禾社区着力构建“条块结合、资源共享、优势互补”。", "“条块结合、资源共享、优势互补”"),  # a row of sayings
    ("青石区完善社区治理体系。", "社区治理体系"),
    ("青石区推行网格化服务管理模式。", "网格化服务管理模式"),
    ("现将青石区、青山县两个社区的做法介绍如下。", "青山县社区"),  # a community in each district
    ("在锦绣、华庭、青禾三个小区试点。", "华庭小区"),  # 华庭 has an ending of the compound's level
    ("青石街道青龙、银泉、梅园2个社区完成换届。", "银泉社区"),  # three names, two places: no list of names
    ("青石区学院路实验学校组织师生参观。", "青石区学院"),  # no unit ends before a road's ending
    ("在职党员认领任务，当好小区门口的守门员。", "当好小区"),  # a verb opens no name
    ("青石市推进治理。2007年成立了青石市首个社区党委。", "首个社区"),  # an ordinal opens no name
    ("为推进支部创建、打牢社区治理基础，青石街道成立联盟。", "打牢社区"),  # a verb and its result (ggl:resultative_verbs)
    ("青石镇平稳完成村社转制。", "平稳完成村"),  # an adverb and a verb open no name
    ("青石区努力构建和谐社区。", "和谐社区"),  # … but alone a slogan (ggl:non_place_words)
    ("青石区在桂香社区等打造了一批“红色物业”示范点。", "“红色物业”示范点"),  # sites that show a scheme, no scheme
    ("青石区深化街道“大工委”制和社区“兼职委员”制。", "制和社区"),  # the head of a scheme opens no name
    ("青石镇将原青禾村、原柳岸村合并组建桂香社区。", "原青禾村"),  # 原 (former) is no part of the name
    ("青禾社区与柳岸书苑、青石市工人文化宫3家单位结对共建。", "柳岸书苑"),  # two items counted as three
    ("桂香社区党委组织学习党的二十届三中全会精神。", "二十届三中"),  # a plenary session, no school (ggl:not_units)
    ("青石区成立交通运输行业、快递行业2个行业党委。", "快递行业"),  # counted Party bodies named by trade
    ("为推进支部创建、筑牢小区安全防线，青石街道成立联盟。", "筑牢小区"),
    ("青石县补齐小区治理短板。", "补齐小区"),  # 补齐, 配足: a verb and its result
    ("二是育协商文化，建和谐小区。", "建和谐小区"),  # a verb and the quality it builds (ggl:quality_words)
    ("链接三方资源，汇聚小区治理合力。", "汇聚小区"),
    ("桂香街道指导小区成立业委会（物管会）。", "业委会（物管会）"),  # bodies so written stay two
    ("推动青石街道各小区党支部、业委会成员交叉任职。", "青石街道各小区党支部"),  # each body of a kind in a list, no name
    ("通过培育“红色物业”等举措，打破社区治理“单打独斗”格局。", "打破社区"),  # 破, 通: results too
    ("“红色物业”是她在讲解小区治理经验时提到最多的词。", "讲解小区"),
    ("会员单位派员帮扶小区开展整治。", "帮扶小区"),
    ("“大党委”挂牌，四万人社区拧成一股绳。", "四万人社区"),  # a count of a place's people
    ("桂香街道“五化”小区党支部达到12个。", "桂香街道“五化”小区党支部"),  # the bodies of a kind of place
    ("青石市“五星级”党支部达到12个。", "青石市“五星级”党支部"),  # a rating, no name
    ("“三部多员”撑起林区共治。", "撑起林区"),  # a verb and its direction (ggl:directional_complements)
    ("转机始于小区党支部的成立。", "转机始于小区"),  # 于 after the first character ends a phrase
    ("街道在主次干道、背街小巷和小区周边开展整治。", "背街小巷和小区"),  # a conjunction before a kind ends a phrase
    ("业委会将各司其职，切实维护好小区业主的权益。", "切实维护好小区"),  # … and so does a verb (ggl:verbs_not_names)
    ("目前，只有凤凰郡小区成立了业委会。", "只有凤凰郡小区"),
    ("青石区共有120家医院参与共建。", "120家医院"),  # a count before a unit is no name
    ("“红色驿站”由青禾物业党支部负责日常管理。", "“红色驿站”由青禾物业党支部负责日常管理"),  # 由 ends a quoted name's modifier
    ("“维保账”在联席会议上逐项公开。", "“维保账”在联席会议"),  # and so does 在 (ggl:phrase_verbs)
    ("全市已建成12社区服务站。", "12社区"),  # two digits are a figure, not a works' number
    ("青石县把党建作为关键，紧盯城市社区小区治理中的痛点。", "紧盯城市社区小区"),  # a long compound name holds no kind of place
    ("全县推行“红色物业”。", "全县"),  # a word of place_name_bad_start is no county of one character
    ("青石是典型的“小县大城关”。", "小县"),  # nor is an adjective (ggl:district_bad_last_char)
    ("桂香小区选聘新物业公司。", "新物业公司"),  # an adjective of one character before the kind (ggl:brand_not_names)
    ("“1”即以青石街道党工委为核心，“2”即以社区党委、物业办为主体，“N”即小区党支部、业委会等各方力量共同参与。",
     "即以社区党委"),  # the word glossing a formula's part opens no listed unit (ggl:gloss_words)
    ("“1”即以青石街道党工委为核心，“2”即以社区党委、物业办为主体，“N”即小区党支部、业委会等各方力量共同参与。",
     "N”即小区党支部"),  # nor does the part's closing quote
    ("青石市满足社区群众需要。", "满足社区"),  # a verb opens no place (ggl:verbs_not_names)
    ("桂香社区地处青石市新老城区交接地段。", "新老城区"),
    ("小区和则城市美，居民更舒心。", "则城市"),  # a conjunction opens no place (ggl:place_name_bad_start; 日喀则市 holds 则)
    ("区住建局定期到联盟小区开展业务指导。", "联盟小区"),  # a scheme's head noun names no compound  # nor a modifier (ggl:place_name_bad_start)
    ("居民反映的问题当天报社区党委领办。", "当天报社区党委"),  # 报社 runs into 社区: no unit's head there
    ("搬迁群众来自邻县。", "邻县"),  # nor a word with 县 (ggl:not_county_chars)
    ("青禾地区地县两级建立党组织领导体系。", "地县"),  # 地县两级: the prefecture and its counties
    ("全地区向村和社区选派第一书记。", "村和社区"),
    ("目前尚未实施，待县政府研究同意后印发。", "待县"),  # a verb before 县 (ggl:not_county_chars)  # a kind, 和 and a kind
    ("姜堰老城区有老旧小区12个。", "姜堰老城区"),  # a common word with the ending (老城区) closes no district's name
    ("近年来，青州市各旗县区推动街道与驻区单位共建。", "各旗县"),  # a determiner opens no name under a city
    ("群众来自不同村，彼此并不熟悉。", "不同村"),
    ("联合党委还与驻地社区、市场监管所、派出所签订共建协议。", "驻地社区"),  # 驻地: where a unit is, no name
    ("2017年3月，刘卫江调任社区党总支书记。", "刘卫江调任社区"),  # a verb of posting (ggl:verbs_not_names)
    ("为防止选聘走过场、选后没人管，桂香社区推行联动机制，由青禾小区党支部、业委会和物业服务企业每月召开一次“三方议事会”。",
     "由青禾小区党支部"),  # a preposition opens no item of a list
    ("青石区将继续深化“村居合一”做法，让青禾社区党总支、平安路居委会党总支统一运行。", "让青禾社区党总支"),  # nor a verb
    ("青石区推动街道社区党组织带头。", "街道社区党组织"),  # two kinds side by side, not one
    ("青石区组织挂钩社区的处级干部协调。", "挂钩社区"),  # a verb before 社区 (ggl:verbs_not_names)
    ("青石区与青禾街道四个社区签订共建协议。", "四个社区"),  # a count of a kind
    ("整合党政班子成员、包村驻村干部、网格员等力量。", "包村驻村"),  # 包村, 驻村 open no name (ggl:place_name_bad_start)
    ("记者：很多小区都在推“红色物业”。", "很多小区"),  # nor 很多, 许多
    ("签约结盟 共绘同心圆", "签约结盟"),  # a heading's verb before 盟 (ggl:verbs_not_names)
    ("青石区提出“政治引领”“组织引领”等“三个引领”工作思路。", "“政治引领”"),  # a run before a goal names no scheme
    ("县委常委所在部门包社区“大党委”。", "部门包社区"),  # 包 before the ending is a verb (ggl:place_name_bad_end)
    ("少数县直单位包联小区。", "少数县"),  # nor 少数, 多数, 个别 (ggl:place_name_bad_start)
    ("加大社区工作者招聘力度。", "加大社区"),
    ("青石县城区街道办事处召开会议。", "青石县城区"),
    ("转变社区工作作风。", "转变社区"),
    ("重大事项先经小区党支部研究。", "重大事项先经小区"),
    ("青禾县城区商圈开展活动。", "青禾县城区"),  # a county town's 城区 is no district (ggl:non_place_words)
    ("实现由村向社区转变。", "村向社区"),  # 向 ends no name (ggl:place_name_bad_end)
    ("我们把自己当成小区的一员。", "自己当成小区"),
    ("这一做法导致社区负担过重。", "导致社区"),
    ("青石区推广经验做法。", "经验做法"),  # … and only there
    ("青石区推广“红色物业”经验。", "“红色物业”经验"),  # 经验 after a quote is no head
    ("青石区为社区减负，做好“减法”。", "“减法”"),  # too short a name
    ("家住青禾社区林业局家属楼的居民说。", "青禾社区林业局"),  # … is no unit
    ("厘清政府与社区的权责界限。", "厘清政府"),
    ("青禾大学城联席会在柳岸街道召开。", "青禾大学"),  # 大学 inside 大学城 heads no unit (ggl:not_units)
    ("由柳岸、青禾两家区属公益性物业企业托管。", "青禾两家区"),  # a count is no district's name
    ("共集成社区信息系统2个。", "集成社区"),
    ("在柳岸片区和青禾小区开展清理。", "柳岸片区和青禾小区"),  # two places joined are no one name
    ("青禾街道开展排查，做到不留盲区、不留死角。", "不留盲区"),  # a blind spot is no district (ggl:district_bad_last_char)
    ("双方就社区治理达成共识。", "双方就社区"),  # 就 before the ending is a preposition (ggl:place_name_bad_end)
    ("桂香社区组织2名青禾小区居民参加议事。", "名青禾小区"),  # the measure word after a figure opens no name
    ("桂香社区的舞蹈队表演了舞蹈《青禾之歌》。", "《青禾之歌》"),  # a work's title, no policy (ggl:document_heads)
    ("涵盖动迁安置、人才公寓三类社区。", "三类社区"),  # a count of kinds opens no name
    ("桂香南部市民中心举行活动。", "桂香南部市"),  # 市民 is a word (ggl:non_place_words)
    ("青石区以“五联”模式构建城市基层党建格局。", "“五联”模式构建城市基层党建格局"),  # a verb, then a head of no verbal modifier
    ("青禾社区实行“一对一”进驻小区机制。", "“一对一”进驻小区机制"),  # a verb right after the quote
    ("青禾社区乱停车等“城市顽疾”得到有效控制。", "“城市顽疾”得到有效控制"),  # 得到, 不只是: a clause's verb (ggl:phrase_verbs)
    ("青禾社区认为“邻里善治”不只是一个方法。", "“邻里善治”不只是一个方法"),
    ("青禾社区“柳岸”志愿服务队开展活动。", "“柳岸”志愿服务队开展活动"),  # a kind right after the quote, then a verb
    ("青石区推行社区“大党委”工作机制。", "“大党委”工作机制"),  # a level word before a quoted kind: not that scheme
    ("青禾社区“大党委”成员单位参加。", "“大党委”成员单位"),  # a quoted kind before no scheme head
    ("青禾社区有9个“三无”小区。", "“三无”小区"),  # a kind of place written with a quoted part names no scheme
    ("青石县探索聚“心”、暖“心”、融“心”路径。", "“心”"),  # a quoted character without a head is a pun
    ("支持社区“两委”成员和小区党支部委员进入业委会。", "成员和小区"),  # a member noun and 和 before a kind open no name
    ("现将本人履行街道党工委书记职责的情况报告如下。", "本人履行街道"),  # a 述职 report's 本人 opens no name
    ("她带着社区党委与青禾物业公司开展攻坚。", "她带着社区"),  # nor does a pronoun or 带着
    ("年内新建小区党支部12个。", "年内新建小区"),
    ("针对老旧小区、分散小区、集中居住型小区分类组建。", "分散小区"),
    ("建议青川市“四进”工作队青石区一支队与柳岸街道结对共建。", "工作队青石区"),  # a team's noun opens no place name
    ("建议青川市“四进”工作队青石区一支队与柳岸街道结对共建。", "建议青川市"),
    ("以这种方式体现社区温度。", "方式体现社区"),
    ("楼长充当社区的眼睛。", "充当社区"),
    ("临江市面向社会公开招聘社区工作者45名。", "招聘社区"),
    ("青石市开展信用社区建设。", "信用社区"),  # a programme's name, no place (ggl:non_place_words)
    ("社区东至柳岸路，南至青禾花园小区。", "南至青禾花园小区"),  # a boundary's 南至 is no part of the name after it
    ("“柳岸联盟”先后建立联席会议制度。", "“柳岸联盟”先后建立联席会议制度"),  # an adverb, then a verb: no name runs over them
    ("“柳岸联盟”还制定联席会议制度。", "“柳岸联盟”还制定联席会议制度"),
    ("2021年，青禾小区建起小区党支部。", "青禾小区建起小区党支部"),  # a verb inside: no body's name
    ("有的由社区党组织领办物业服务公司兜底管理。", "领办物业服务公司"),
    ("协助相关物业公司开展工作。", "相关物业公司"),  # 相关 is no brand
    ("在农牧区，推行“1+7”模式。", "农牧区"),
    ("青川曾是走私重灾区。", "走私重灾区"),
    ("社区集中通报整改情况。", "中通"),  # a brand inside a word is none
    ("“娘家人”的驿站同样遍布城区。", "驿站同样遍布城区"),
    ("鼓励物业服务企业党组织隶属注册地县市区物业行业党组织管理。", "注册地县"),
    ("划定封控区、管控区和防范区。", "划定封控区"),  # a kind of area, no place (ggl:non_place_words)
    ("在边境地区，推行“三联四同”工作机制。", "边境地区"),
    ("党员突击队驰援青川市柳岸社区。", "驰援青川市"),  # 驰援 opens no name: the name starts after it
    ("驰援青川市横沟市镇。", "横沟市"),  # 市 inside a town's name
    ("青川市镇海区桂香街道成立党委。", "青川市镇"),  # but a district's name may open with 镇
    ("自从小区成立党支部，业委会主任兼任支部委员。", "自从小区"),
    ("青川市偏远山区的社区党组织推行网格化。", "偏远山区"),
    ("街道各科室和社区办事大厅推行首问负责制。", "街道各科室和社区办"),
    ("青禾小区党小组联合县国土资源局、县住建局等部门现场会商。", "住建局部门"),  # departments named whole: no 部门 added  # 从 opens a name only under a higher place
    ("课题组走访青禾区民政局以及桂香社区、柳岸村等村居，抽样访谈社区居民30余人。", "抽样访谈社区"),  # a verb inside opens no name (ggl:verbs_not_names)
    ("完善社区组织架构，增加社区干部职数。", "增加社区"),
    ("楼道堆物是青禾街道的一大顽疾，既影响小区形象，又埋下隐患。", "既影响小区"),
    ("柳岸镇有温度的人，讲述社区有鲜度的故事。", "讲述社区"),
    ("青川市桂香区组织优秀社区党组织书记、优秀小区党支部书记观摩学习。", "优秀小区"),
    ("街道党工委从老小区选派党员到新小区。", "从老小区"),
    ("由市直机关选派干部到软弱涣散社区党组织担任第一书记。", "软弱涣散社区"),  # a state of weak bodies, no name
    ("青石区按照“1+N”标准配备网格队伍。", "“1+N”标准配备网格队伍"),  # a verb after a head ends the scheme's name
    ("柳岸县将优化网格设置、充实网格力量、完善运行机制。", "、充实网格力量、完善运行机制"),
    ("青禾社区党支部与3家物业公司党支部签订协议。", "3家物业公司党支部"),  # a count opens no unit's name
    ("青石市实施行动，新建村（社区）党委111个、党总支8个。", "新建村"),  # a named community has no 111 Party bodies
    ("青石市新建小区综合党委15个。", "新建小区综合党委"),
    ("并在新建和新接收小区引进特色服务。", "新建和新接收小区"),  # 接收 is a verb (ggl:verbs_not_names)
    ("青石市按照“强基础、树品牌”的工作思路推进党建。", "“强基础、树品牌”"),  # a principle followed (ggl:principle_words)
    ("最初小区没有物业，此后小区成立业委会。", "最初小区"),  # a time adverb opens no name
    ("最初小区没有物业，此后小区成立业委会。", "此后小区"),
    ("党员认领责任区，定期巡查。", "责任区"),  # a duty area, no place (ggl:non_place_words)
    ("让政策宣传在乡音乡韵中入脑入心。", "乡音乡"),  # 乡韵 is a word (ggl:non_place_words)
    ("社区东临青石市经济技术开发区，北临柳岸经济开发区。", "北临柳岸经济开发区"),  # a border's 北临 opens the name after it
    ("城区各社区党组织与第三方物业公司党支部签订结对共建协议。", "第三方物业公司党支部"),  # a kind's adjective, no name
    ("对零散小区实行兜底托管。", "零散小区"),
    ("对长期无人管理的薄弱小区，街道实行兜底托管。", "薄弱小区"),  # a state of weak compounds, no name
    ("今天带大家看看，咱们社区的网格是怎么运转的。", "咱们社区"),  # a first-person word opens no name
    ("居民有需要社区帮忙的事，青禾社区党委及时解决。", "需要社区"),
    ("柳岸社区党委与青禾小区物业公司签订联建协议。", "青禾小区物业公司"),  # no company named after its compound
    ("青石区构建“区—街道—村居—基础网格”四级网格体系。", "“区—街道—村居—基础网格”四级网格体系"),  # levels of places (ggl:place_level_words)
    ("联盟以青禾社区党委为核心，除桂香社区党委、柳岸大厦综合党委外，还有驻区单位。", "除桂香社区党委"),  # a list's item opens after a preposition (ggl:adverbial_preps)
    ("张青禾推动集团党支部与社区党委双向进入。", "张青禾推动集团党支部"),  # a verb before 集团 opens the name (not a trade word)
    ("——记青石市桂香区柳岸社区党委书记", "记青石市"),  # a profile's 记 opens no place (ggl:place_name_bad_start)
    ("实地了解青石分公司为青石区定制的平台。", "解青石分公司"),  # a verb begun before a stop character (了解) opens no name inside it
    ("辖区驻地单位主要有青石大学华清学院。", "有青石大学华清学院"),
    ("只要社区党委和居民齐心，事情就能办好。", "只要社区党委"),  # a conjunction opens no name
    ("周边商户可在工作日小区内停车。", "工作日小区"),  # nor a time word, nor a negated verb (ggl:place_name_bad_start)
    ("规范停放车辆，不堵塞小区出入口。", "不堵塞小区"),
    ("青石区成立企业联盟，推行红色物业。", "企业联盟"),  # 联 stays out of a league's name (盟 is a place's ending)
    ("下一步，青石街道将借助“流动驿站”这个平台，继续深化联建。", "“流动驿站”这个平台"),  # a head after a demonstrative is no part of the name  # 主要有, 委托, 意味着 (ggl:verbs_not_names)
    ("干部到社区报到，密切了与社区党组织的联系，建立起互联互通机制。", "联系，建立起互联互通机制"),  # no name over a comma  # a verb closing an item names nothing after it
    ("桂香街道青禾大学社区开展活动。", "桂香街道青禾大学"),  # a community named for a unit: the unit read up to its head is none
    ("社区位于青石区桂香河中心区块。", "青石区桂香河中心"),  # 中心区块 is a part of a place (ggl:not_units), no 中心
    ("码头既有柳岸港集团，也有班轮公司。", "也有班轮公司"),  # 既有, 也有, 后续 open no name (ggl:verbs_not_names)
    ("后续公司将在青石区全面推行该模式。", "后续公司"),
    ("桂香社区坚决执行区和街道的决策部署。", "坚决执行区"),
    ("桂香社区成立“退役军人之家”。", "退役军人"),
    ("青石区不少物业公司设置了公示栏。", "青石区不少物业公司"),  # a determiner after a place opens no unit's name (ggl:name_determiners)
    ("青石区许多学校设置了公示栏。", "青石区许多学校"),
    ("桂香社区办起老年大学。", "桂香社区办起老年大学"),  # 办起 opens no name (ggl:verbs_not_names)
    ("桂香社区围绕“文明行”主题开展交通安全宣讲活动。", "“文明行”主题开展交通安全宣讲活动"),  # a clause verb between a quote and a head (ggl:clause_verbs)
    ("桂香社区通过“双报到”明确了共建服务资源清单。", "“双报到”明确了共建服务资源清单"),
    ("桂香社区党委以“参观学习+治理交流”三维模式组织本次活动。", "“参观学习+治理交流”三维模式组织本次活动"),  # 本次 opens a phrase of its own
    ("把好经验带回小区。", "好经验带回小区"),  # a verb before a place's kind (ggl:place_left_boundary)
    ("辖区有单位宿舍小区16个。", "宿舍小区"),  # after 单位 only a district or a city opens a name
    ("辖区有单位宿舍区16个。", "宿舍区"),
    ("项目紧临青石新区。", "项目紧临青石新区"),
])
def test_a_phrase_is_no_name(text, label):
    assert not any(m[0] == label for m in mentions(text)), sorted(mentions(text))


def test_a_list_of_kinds_before_a_word_for_units_names_no_unit():
    got = mentions("社区与学校、医院等单位结对。")
    assert ("学校", "Institution", "type") in got and ("学校", "Institution", "instance") not in got


def test_a_kind_keeps_the_name_it_is_written_with_except_the_guides_aliases():
    got = mentions("桂香社区吸纳辖区单位、业主委员会和物业公司参与议事。")
    assert {("辖区单位", "Institution", "type"), ("业委会", "OwnersCommittee", "type"),
            ("物业服务企业", "PropertyCompany", "type")} <= got, sorted(got)


def test_a_kind_of_compound_is_no_compound_of_that_name():
    got = mentions("辖区内有机关企事业单位27家，商住小区8个，无物管小区3个。")
    assert {("商住小区", "Place", "type"), ("无物管小区", "Place", "type")} <= got, sorted(got)


def test_an_adjective_before_a_kind_makes_no_brand():
    assert ("红色物业公司", "PropertyCompany", "type") in mentions("推动红色物业公司建设。")
    assert not any(m[2] == "instance" for m in mentions("推动红色物业公司建设。"))


def test_a_kind_with_quotes_inside_is_read_whole_with_its_closing_quote():
    doc = read_text("社区“大党委”建立党建联席会议制度。", "m.txt")
    got = [(m.label, doc.text[m.start:m.end]) for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions
           if m.type == "PartyOrganisation"]
    assert got == [("社区大党委", "社区“大党委”")], got


def test_a_community_joint_committee_written_with_quotes_is_the_communitys_kind():
    doc = read_text("每个社区“联合党委”由7名成员组成。", "m.txt")
    got = [(m.label, doc.text[m.start:m.end]) for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions
           if m.type == "PartyOrganisation"]
    assert got == [("社区联合党委", "社区“联合党委”")], got


def test_a_quote_that_opens_a_kind_stays_a_kind():
    found = mentions("推动116个“双报到”单位包小区。")
    assert ("“双报到”", "Mechanism", "instance") not in found
    assert any(m[1] == "Institution" for m in found)


def test_a_named_unit_replaces_the_kind_inside_it():
    found = mentions("桃源社区党委与市第一医院签订合作协议。")
    assert ("医院", "Institution", "type") not in found


def test_an_anaphor_takes_up_the_place_named_last():
    from graph.extract import extract

    x = extract(read_text("桂香社区位于柳岸街道。该社区党委组织居民议事，该社区居委会负责协调。", "a.txt"))
    assert {(e.label, e.place) for e in x.entities if e.level == "type"} >= {
        ("社区党委", "桂香社区"), ("居委会", "桂香社区")}
    doc = read_text("桂香社区位于柳岸街道。该社区党委组织居民议事。", "a.txt")
    before = extract(doc)
    assert ("社区党委", "桂香社区") in {(e.label, e.place) for e in before.entities}


def test_a_bare_community_opening_a_sentence_is_the_community_the_text_is_about():
    from graph.extract import extract

    text = "桂香社区由原桂香社区和青禾社区整合而成。社区依托“红色议事会”化解矛盾。"
    got = {(r.subject[0], r.predicate, r.object[0]) for r in extract(read_text(text, "a.txt")).relations}
    assert ("桂香社区", "implements", "“红色议事会”") in got  # the sentence's topic, not 青禾社区 named last
    text = "今年以来，青石市桂香社区坚持党建引领。社区还联合青石派出所开展宣传。"  # a chain opening the sentence
    got = {(r.subject[0], r.predicate, r.object[0]) for r in extract(read_text(text, "a.txt")).relations}
    assert ("桂香社区", "coBuilds", "青石派出所") in got
    text = "桂香社区位于柳岸街道。社区党委依托“红色议事会”化解矛盾。"  # 社区党委 is a kind, not the place
    got = {(r.subject[0], r.predicate, r.object[0]) for r in extract(read_text(text, "a.txt")).relations}
    assert ("桂香社区", "implements", "“红色议事会”") not in got


def test_a_bare_street_opening_a_sentence_is_the_street_the_text_is_about():
    from graph.extract import extract

    text = "柳岸街道党工委推进共驻共建。今年以来，街道与23家共建单位签订共建协议。"
    got = {(r.subject[0], r.predicate, r.object[0]) for r in extract(read_text(text, "a.txt")).relations}
    assert ("柳岸街道", "coBuilds", "共建单位") in got


def test_a_titles_run_of_bare_names_is_the_place_the_text_names():
    from graph.extract import extract

    text = "江东青石桂香区：议事厅议出新气象\n\n青石市桂香区共有3个小区入选。\n\n社区党支部牵头成立议事会。"
    places = {e.place for e in extract(read_text(text, "a.txt")).entities if e.label == "社区党支部"}
    assert places == {"桂香区"}


def test_a_titles_chain_of_places_scopes_the_article_to_its_last_place():
    from graph.extract import extract

    text = "桂香街道和平社区关于网格化治理工作情况的报告\n\n一、基本情况\n\n网格党支部每月召开会议。"
    places = {e.place for e in extract(read_text(text, "a.txt")).entities if e.label == "网格党支部"}
    assert places == {"和平社区"}


def test_a_place_inside_a_units_name_keeps_a_more_specific_place_in_scope():
    from graph.extract import extract

    text = "桂香社区开展活动。社区党委联合青石区房产局、青石医学院开展义诊。"
    places = {(e.label, e.place) for e in extract(read_text(text, "a.txt")).entities if e.level == "type"}
    assert ("社区党委", "桂香社区") in places and ("社区党委", "青石区") not in places
    # a unit's place more specific than the one in scope still sets it (某街道党工委 in a city's paragraph)
    text = "青石市推进治理。桂香街道党工委联合辖区单位开展活动。"
    places = {(e.label, e.place) for e in extract(read_text(text, "a.txt")).entities if e.level == "type"}
    assert ("辖区单位", "桂香街道") in places  # a kind keeps the name it is written with (graph.build canonicalises)


def test_two_places_of_one_level_leave_the_scope_to_the_place_above_them():
    from graph.extract import extract

    x = extract(read_text("青石镇所辖何洞村、古洞村共有党员200名，辖2个社区。", "a.txt"))
    assert {q.place for q in x.quantities} == {"青石镇"}


def test_a_title_place_written_with_its_region_short_scopes_to_the_city():
    from graph.extract import extract

    x = extract(read_text("广西青州市：党建引领 共建家园\n\n社区党组织联合驻区单位开展活动。\n", "a.txt"))
    assert ("社区党组织", "青州市") in {(e.label, e.place) for e in x.entities if e.level == "type"}


def test_a_unit_head_a_user_declares_over_a_party_kind_reads_without_error():
    # 自治区党委 under a declared head 委: the words before the kind are checked as a scope word
    # (a name that was left undefined once; only a vocabulary with such a head reached it)
    import dataclasses

    from graph.extract.mentions import find_mentions
    from graph.extract.places import Known

    lex = lexicon()
    cues = dict(lex.cues, unit_nouns=lex.cues["unit_nouns"] + ("委:GovernmentBody",))
    custom = dataclasses.replace(lex, cues=cues, _patterns={})
    got = find_mentions("贯彻中央和自治区党委关于城市基层党建的部署", 0, custom, Known())
    assert [m.label for m in got] == ["自治区党委"]


def test_a_clause_opening_on_a_whole_broader_place_is_about_the_place_of_that_level_named_last():
    from graph.extract import extract

    text = "青石省出台物业管理条例。北林路街道推动物业服务企业建立党组织。全省已建立党组织的物业服务企业1104家。"
    x = extract(read_text(text, "a.txt"))
    assert [(q.value, q.place) for q in x.quantities] == [(1104.0, "青石省")]
    # 获评全省示范小区 late in a clause, or 全街道 in a street's paragraph, leaves the scope as it is
    text = "青石省出台物业管理条例。北林路街道推动物业服务企业建立党组织，小区获评全省示范小区，住户2247户。"
    assert [q.place for q in extract(read_text(text, "a.txt")).quantities] == ["北林路街道"]
    text = "青石省出台物业管理条例。北林路街道推动物业服务企业建立党组织。全街道已建立党组织的物业服务企业14家。"
    assert [q.place for q in extract(read_text(text, "a.txt")).quantities] == ["北林路街道"]


def test_the_kind_that_ends_a_named_unit_takes_that_unit_up_again():
    doc = read_text("青石街道与国网青石供电公司签订协议。\n\n供电公司将选派8名党员下沉青禾社区。\n", "m.txt")
    later = [m for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions
             if doc.text[m.start:m.end] == "供电公司"]
    assert later and all(m.label == "国网青石供电公司" for m in later), later


def test_a_bare_head_opening_a_clause_is_the_one_unit_of_that_head_named_before():
    doc = read_text("青川县检验检测中心与桂香社区结对。\n\n中心建立“党建+服务”工作模式。\n", "m.txt")
    later = [m for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions
             if doc.text[m.start:m.end] == "中心"]
    assert later and all(m.label == "青川县检验检测中心" for m in later), later
    doc = read_text("青川县检验检测中心、桂香养老服务中心与桂香社区结对。\n\n中心建立“党建+服务”工作模式。\n", "m.txt")
    assert not any(doc.text[m.start:m.end] == "中心" and m.level == "instance"
                   for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions)  # two named: none


def test_a_street_written_without_its_dao_after_its_full_name_is_that_street():
    got = mentions("桂香区汉阳街道五彩社区联合汉阳街派出所开展巡逻。")
    assert ("汉阳街道", "Place", "instance") in got and ("汉阳街", "Place", "instance") not in got, sorted(got)


def test_a_bare_short_noun_takes_up_the_kind_named_before():
    """对…的企业 after 物业服务企业 were named: those companies (ggl:kind_short_forms)."""
    text = "青石区有物业企业56家。对暂不具备组建条件的企业，由街道党工委选派党建指导员进驻。"
    doc = read_text(text, "m.txt")
    later = [m for u in units(doc, lexicon()) if u.start > text.index("对") - 1 for c in u.clauses for m in c.mentions]
    assert any(m.text == "企业" and m.label == "物业服务企业" for m in later)
    doc = read_text("对暂不具备组建条件的企业，由街道党工委选派党建指导员进驻。", "m.txt")
    assert not any(m.text == "企业" for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions)


def test_gai_with_a_units_head_takes_up_the_unit_named_last():
    """该公司, 该局: the named unit of that head the text named last."""
    text = "青禾建筑工程有限公司进驻小区。该公司与柳岸小区党支部结对共建。"
    doc = read_text(text, "m.txt")
    got = [m for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions if m.text == "该公司"]
    assert [m.label for m in got] == ["青禾建筑工程有限公司"]
    doc = read_text("该公司与柳岸小区党支部结对共建。", "m.txt")
    assert not any(m.text == "该公司" for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions)


def test_a_tab_parts_a_tables_cells_so_no_name_spans_one():
    found = mentions("青川县某社区工作台账\n\n1\t青禾小区\t青禾小区党支部\t江东物业服务有限公司\t已成立\n")
    assert {("青禾小区", "Place", "instance"), ("青禾小区党支部", "PartyOrganisation", "instance"),
            ("江东物业服务有限公司", "PropertyCompany", "instance")} <= found


def test_a_site_head_opening_the_text_takes_no_quote_from_its_end():
    # 驿站 at the start: the closing quote at the text's end is no quote before it
    assert all(m[0] for m in mentions("驿站温暖“奔跑者”")), mentions("驿站温暖“奔跑者”")


@pytest.mark.parametrize("text,label", [
    ("青川区城区共有6个社区。", "青川区城区"),  # the urban area of the district (ggl:urban_area_words)
    ("把党组织的触角延伸到楼门院落。", "楼门院落"),  # a building's gate and its yard, no compound's name (ggl:place_name_bad_start)
    ("重大事项再报社区党组织研究。", "重大事项再报社区"),
    ("选派干部到抵边嘎查村担任党建指导员。", "抵边嘎查"),  # border words before a place's ending (ggl:place_name_bad_start)
    ("江西省景德镇市。桂香社区地处景德镇老城。", "景德镇"),  # a city written without its 市 is that city (景德镇市)
    ("青石县召开推进会，对下一阶段小区文明创建工作进行安排。", "下一阶段小区"),
    ("青石街道：党员带头干\n\n楼顶漏水、路面，样样都弄好了。", "样样都弄"),  # 弄 names a lane only before a body or a lower place, or under its parent (ggl:weak_place_endings)
    ("青石社区改造中，拆除柳岸街39号院的围墙。", "拆除柳岸街39号院"),  # a verb opens no lane's name (ggl:verbs_not_names)
    ("青石街道深挖社区“近邻+红色”文化资源。", "深挖社区"),
    ("桂香社区位于青石市青禾经济开发区中心区域。", "青石市青禾经济开发区中心"),  # a central area, no 中心 unit (ggl:not_units)
    ("开办社区食堂是街道今年的民生要事之一。", "开办社区"),  # a verb opens no name (ggl:verbs_not_names)
    ("网格员是最熟悉社区情况的人。", "最熟悉社区"),
    ("各成员单位长期以来给予社区工作的大力支持。", "来给予社区"),
    ("青石街道以桂香园、青禾天韵等5个小区为试点。", "以桂香园"),  # 以 opens a list of bare names (ggl:list_opening_verbs)
    ("青禾商圈地处青石市中心，分属青石区、柳岸区和青川区三个区。", "分属青石区"),  # 分属 opens the name after it (ggl:place_left_boundary)
    ("青禾社区地处青石市中心，是一个老城区社区。", "青石市中心"),  # the middle of the city (ggl:place_centre_words)
    ("青禾社区位于青石市中心以南。", "青石市中心"),
    ("青石市人大代表走进桂香社区。", "青石市人大"),  # deputies, not the congress (ggl:not_units)
    ("《青禾》讯　一桶调和油45分。", "《青禾》"),  # 《某某》讯: a paper's dateline, no policy
    ("本报讯（青禾新闻·青州晚报记者 李明）", "青禾新闻·青州"),  # a dot joins an estate's brand, not a paper's name to a city
])
def test_words_that_end_like_a_place_but_name_none(text, label):
    assert not any(m[0] == label for m in mentions(text)), mentions(text)


def test_a_level_named_unit_inside_its_short_name_declaration_is_the_named_body():
    got = mentions("青石县精神文明建设指导委员会办公室（以下简称县文明办）、桂香镇人民政府联合开展创建。")
    assert ("县文明办", "GovernmentBody", "type") not in got, sorted(got)


def test_a_companys_legal_form_is_no_short_form_of_it():
    """有限公司 ends every company's name: written again inside the name of the company's Party branch it takes
    nothing up, and the branch is read whole."""
    doc = read_text("青石区推动甘肃青禾安捷人力资源服务有限公司成立党支部。\n\n"
                    "甘肃青禾安捷人力资源服务有限公司党支部开展“三亮”活动。\n", "m.txt")
    labels = [m.label for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions]
    assert "甘肃青禾安捷人力资源服务有限公司党支部" in labels, labels


def test_a_kind_of_site_in_quotes_stays_the_kind():
    # “爱心驿站” is the vocabulary's kind written in quotes: the kind of the place in scope, not one named site
    got = mentions("星级商户打造“爱心驿站”，为骑手提供歇脚的地方。")
    assert ("爱心驿站", "Facility", "type") in got and not any(m[0] == "“爱心驿站”" for m in got)


def test_a_bare_company_takes_up_the_one_company_the_text_has_named():
    def bare(text):
        doc = read_text(text, "m.txt")
        return [m.label for u in units(doc, lexicon()) for c in u.clauses for m in c.mentions if m.text == "公司"]
    assert bare("青禾社区成立青禾惠民服务有限公司。社区党总支书记兼任公司董事长。") == ["青禾惠民服务有限公司"]
    assert bare("青禾社区引入青禾物业服务有限公司和柳岸保洁有限公司。公司每月考核一次。") == []  # two named: whose is unsaid
