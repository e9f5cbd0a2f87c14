package org.perftable.samplegen;

import java.util.List;
import java.util.Map;

/**
 * The words generated filings are drawn from: departments, projects, goals and indicators in the
 * manner of published city and county forms, and the label synonyms of the form families.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A department: printed name, budget code, the projects it files and one of its functions. */
    record Department(String name, String code, List<String> projects, String function) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("广州市黄埔区民政局", "118", List.of("社区居家养老服务运营补助", "困难群众临时救助资金", "婚姻登记服务能力提升"),
                    "负责全区社会救助、养老服务和社区治理工作"),
            new Department("武汉市江夏区教育局", "201", List.of("义务教育学校校舍维修改造", "中小学教师培训经费", "学生资助补助资金"),
                    "负责全区各级各类教育的统筹规划和协调管理"),
            new Department("成都市青羊区卫生健康局", "305", List.of("基本公共卫生服务补助", "家庭医生签约服务经费", "妇幼健康服务项目"),
                    "负责全区医疗卫生和健康服务工作"),
            new Department("湖北省农业农村厅", "117", List.of("高标准农田建设补助", "农业科技推广服务", "动物疫病防控经费"),
                    "负责全省农业农村发展规划和农业生产管理"),
            new Department("南京市生态环境局", "412", List.of("大气污染防治专项资金", "水环境质量监测运维", "生态环境执法能力建设"),
                    "负责全市生态环境监督管理和污染防治工作"),
            new Department("杭州市西湖区文化和旅游局", "508", List.of("公共文化服务体系建设", "非物质文化遗产保护传承", "文旅宣传推广经费"),
                    "负责全区文化事业、文化产业和旅游业发展"),
            new Department("深圳市南山区科技创新局", "611", List.of("科技企业孵化载体扶持", "高新技术企业认定奖励", "科技创新券补贴"),
                    "负责全区科技创新政策制定和科技项目管理"),
            new Department("郑州市人力资源和社会保障局", "702", List.of("职业技能提升培训补贴", "就业创业服务专项", "高校毕业生就业见习补贴"),
                    "负责全市就业创业、社会保障和人才工作"),
            new Department("昆明市水务局", "809", List.of("城市供水管网改造", "河道综合整治工程", "农村饮水安全巩固提升"),
                    "负责全市水资源管理、水利工程建设和河湖管理"),
            new Department("长沙市岳麓区城市管理和综合执法局", "903", List.of("市容环境卫生保洁经费", "公共厕所新建改造", "城市道路照明维护"),
                    "负责全区城市管理、市容环卫和综合执法工作"));

    static final List<String> UNITS = List.of("中心", "服务站", "事务所", "管理所", "保障中心");

    static final List<String> PEOPLE = List.of("王建华", "李新亮", "张晓敏", "陈志强", "刘芳", "黄文韬", "赵丽娟", "周海涛");

    static final List<String> GOALS = List.of(
            "按时完成年度工作任务，保障项目资金规范高效使用",
            "提升基本公共服务水平，增强群众获得感和满意度",
            "完善长效管理机制，推动服务质量持续提升",
            "加强绩效运行监控，确保各项指标按期完成",
            "扩大服务覆盖范围，惠及辖区困难群众",
            "规范资金拨付流程，资金拨付及时率达到100%",
            "强化安全生产和风险防控，全年无重大责任事故",
            "推进信息化建设，提高办事效率和数据准确性");

    /** Tasks of department forms: name and main content. */
    static final List<List<String>> TASKS = List.of(
            List.of("保障机构正常运转", "保障人员工资、办公经费及日常运转支出，确保各项工作有序开展。"),
            List.of("重点项目建设", "推进年度重点项目按计划实施，加强项目全过程管理。"),
            List.of("公共服务提升", "开展便民服务活动，优化服务流程，提高服务质量。"),
            List.of("宣传培训工作", "组织业务培训和政策宣传，提升干部队伍履职能力。"),
            List.of("安全生产监管", "开展安全隐患排查整治，落实安全生产责任制。"),
            List.of("信息化建设", "完善业务信息系统，推进数据共享和业务协同。"));

    static final List<String> USES = List.of(
            "主要用于服务购买、设备购置和日常运维支出。",
            "主要用于工程建设、监理及验收等支出。",
            "主要用于补助发放、宣传培训及相关工作经费。",
            "主要用于专项活动组织、场地租赁和第三方服务费用。");

    /** 一级 categories with their 二级 categories (the standard taxonomy). */
    static final Map<String, List<String>> LEVEL2 = Map.of(
            "产出指标", List.of("数量指标", "质量指标", "时效指标"),
            "成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度指标", List.of("服务对象满意度指标"));

    static final List<String> LEVEL1_ORDER = List.of("产出指标", "成本指标", "效益指标", "满意度指标");

    /** Scores printed after 一级 names, summing to 100. */
    static final Map<String, Integer> LEVEL1_SCORES = Map.of("产出指标", 50, "成本指标", 10, "效益指标", 30, "满意度指标", 10);

    /**
     * 三级 indicators by 二级, each with its printed target given as parts: a leading operator as
     * printed, the number, the unit, a trailing operator; or a qualitative text (number null).
     */
    record Measure(String name, String lead, String number, String unit, String trail) {

        boolean qualitative() {
            return number == null;
        }
    }

    private static Measure m(String name, String lead, String number, String unit) {
        return new Measure(name, lead, number, unit, "");
    }

    private static Measure q(String name, String text) {
        return new Measure(name, text, null, null, "");
    }

    static final Map<String, List<Measure>> MEASURES = Map.ofEntries(
            Map.entry("数量指标", List.of(
                    m("服务老人人次", "≥", "12000", "人次"), m("培训人数", "≥", "500", "人"),
                    m("开展活动次数", "不少于", "12", "次"), m("新建公共厕所数量", "", "15", "座"),
                    m("发放补贴人数", "≥", "3200", "人"), m("检查企业数量", "≥", "200", "家"),
                    m("维修道路长度", "≥", "12.5", "公里"), m("采购设备数量", "", "30", "台"),
                    m("覆盖社区数", "≥", "45", "个"), m("编印宣传资料", "≥", "5000", "份"),
                    new Measure("建成高标准农田面积", "", "2.6", "万亩", "以上"))),
            Map.entry("质量指标", List.of(
                    m("服务合格率", "≥", "95", "%"), m("验收合格率", "", "100", "%"),
                    m("资金发放准确率", "", "100", "%"), m("培训合格率", "≥", "90", "%"),
                    m("设备完好率", "≥", "98", "%"), m("问题整改率", "", "100", "%"),
                    m("数据准确率", "＞", "99", "%"), q("工程质量", "符合国家验收标准"))),
            Map.entry("时效指标", List.of(
                    m("补助资金拨付及时率", "", "100", "%"), q("项目完成时间", "2025年12月底前"),
                    m("问题整改及时率", "≥", "95", "%"), m("按期完成率", "", "100", "%"),
                    m("服务响应时间", "≤", "24", "小时"))),
            Map.entry("经济成本指标", List.of(
                    m("人均服务成本", "≤", "260", "元/人次"), m("单位建设成本", "≤", "1800", "元/平方米"),
                    m("设备采购单价", "≤", "3.5", "万元/台"), m("项目总成本", "≤", "1320.5", "万元"))),
            Map.entry("社会成本指标", List.of(q("对周边居民生活影响", "无明显影响"), q("社会稳定风险", "风险可控"))),
            Map.entry("生态环境成本指标", List.of(q("施工扬尘污染", "无明显影响"), q("生态环境破坏", "无"))),
            Map.entry("经济效益指标", List.of(
                    m("带动就业人数", "≥", "150", "人"), m("节约财政资金", "≥", "30", "万元"),
                    m("企业营业收入增长率", "≥", "8", "%"))),
            Map.entry("社会效益指标", List.of(
                    q("老年人生活质量", "得到提升"), q("群众办事便利度", "明显提升"), q("公共服务水平", "有效提升"),
                    m("政策知晓率", "≥", "85", "%"))),
            Map.entry("生态效益指标", List.of(
                    m("城市绿化覆盖率", "≥", "43", "%"), m("污水处理率", "≥", "95", "%"),
                    m("空气质量优良天数比例", "≥", "85", "%"))),
            Map.entry("可持续影响指标", List.of(
                    q("服务机制长效运行", "持续运行"), m("设施使用年限", "≥", "10", "年"), q("长效管理机制", "建立健全"))),
            Map.entry("服务对象满意度指标", List.of(
                    m("服务对象满意度", "≥", "90", "%"), m("群众满意度", "≥", "95", "%"),
                    m("企业满意度", "＞", "90", "%"), new Measure("受训人员满意度", "", "85", "%", "及以上"))));

    static final Map<String, String> OPS = Map.ofEntries(
            Map.entry("≥", ">="), Map.entry("≤", "<="), Map.entry("＞", ">"), Map.entry("＜", "<"),
            Map.entry("=", "="), Map.entry("不少于", ">="), Map.entry("不低于", ">="), Map.entry("不超过", "<="),
            Map.entry("以上", ">="), Map.entry("及以上", ">="), Map.entry("以下", "<="));

    /** Texts for extra indicator columns, by printed header. */
    static final Map<String, List<String>> EXTRA_TEXTS = Map.ofEntries(
            Map.entry("指标解释", List.of("反映项目任务完成情况", "反映服务质量达标情况", "反映资金使用效益")),
            Map.entry("指标说明", List.of("按年度计划完成", "以验收结果为准", "以统计数据为准")),
            Map.entry("计算方法", List.of("实际完成数/计划数×100%", "合格数/检查总数×100%", "问卷调查")),
            Map.entry("评(扣)分标准", List.of("完成得满分，每低1%扣0.5分", "未完成不得分", "按完成比例计分")),
            Map.entry("评（扣）分标准", List.of("完成得满分，每低1%扣0.5分", "未完成不得分")),
            Map.entry("绩效标准", List.of("计划标准", "行业标准", "历史标准")),
            Map.entry("指标来源", List.of("计划标准", "行业标准", "历史标准")),
            Map.entry("数据来源", List.of("部门统计", "第三方评估报告", "验收资料")),
            Map.entry("备注", List.of("无", "按季度统计", "年度考核")),
            Map.entry("责任科室", List.of("综合科", "财务科", "业务科")));

    static final List<String> BASIS = List.of("计划标准", "行业标准", "历史标准", "年度工作计划");
}
