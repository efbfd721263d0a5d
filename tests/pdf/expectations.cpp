// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectations.h"

namespace testing {

const QList<Expected> &expectations()
{
    static const QList<Expected> list{
        {QStringLiteral("shuyang-2025"), QStringLiteral("gov-2021"), QStringLiteral("沐阳县人民政府2025年政府信息公开工作年度报告"),
         QStringLiteral("沐阳县人民政府"),
         {QStringLiteral("规章000"), QStringLiteral("行政规范性文件6132"), QStringLiteral("行政许可517645"),
          QStringLiteral("行政处罚693957"), QStringLiteral("行政强制2154"), QStringLiteral("行政事业性收费4068.208"),
          QStringLiteral("一、本年新收政府信息公开申请数量70530050713"), QStringLiteral("二、上年结转政府信息公开申请数量360000036"),
          QStringLiteral("（一）予以公开29010030294"), QStringLiteral("不计其他情形）9900020101"),
          QStringLiteral("1.属于国家秘密0000000"), QStringLiteral("2.其他法律行政法规禁止公开0000000"),
          QStringLiteral("3.危及“三安全一稳定”2000002"), QStringLiteral("4.保护第三方合法权益2000002"),
          QStringLiteral("5.属于三类内部事务信息130000013"), QStringLiteral("6.属于四类过程性信息2000002"),
          QStringLiteral("7.属于行政执法案卷4000004"), QStringLiteral("8.属于行政查询事项9000009"),
          QStringLiteral("1.本机关不掌握相关政府信息11100000111"), QStringLiteral("2.没有现成信息需要另行制作2000002"),
          QStringLiteral("3.补正后申请内容仍不明确0000000"), QStringLiteral("1.信访举报投诉类申请120000012"),
          QStringLiteral("2.重复申请6100007"), QStringLiteral("3.要求提供公开出版物0000000"),
          QStringLiteral("4.无正当理由大量反复申请0000000"), QStringLiteral("5.要求行政机关确认或重新出具已获取信息0000000"),
          QStringLiteral("行政机关不再处理其政府信息公开申请9000009"), QStringLiteral("行政机关不再处理其政府信息公开申请7000007"),
          QStringLiteral("3.其他14210000143"), QStringLiteral("（七）总计71030050718"),
          QStringLiteral("四、结转下年度继续办理310000031"), QStringLiteral("总计27109156130003801110")},
         {QStringLiteral("依据《中华人民共和国政府信息公开条例》（以下简称《条例》）"),
          QStringLiteral("（一）系统化推进主动公开。"), QStringLiteral("收取信息处理费共计380元"),
          QStringLiteral("沐阳县人民政府2026年1月23日")}},
        {QStringLiteral("gangcha-2019"), QStringLiteral("gov-2019"), QStringLiteral("刚察县人民政府办公室关于上报刚察县2019年度政府信息公开工作的报告"),
         QStringLiteral("刚察县人民政府"),
         {QStringLiteral("规章211"), QStringLiteral("规范性文件101010"), QStringLiteral("行政许可216+423574"),
          QStringLiteral("其他对外管理服务事项64+8641"), QStringLiteral("行政处罚1830+806276"), QStringLiteral("行政强制102+3770"),
          QStringLiteral("行政事业性收费15+12"), QStringLiteral("政府集中采购9410822万元"),
          QStringLiteral("一、本年新收政府信息公开申请数量0000044"), QStringLiteral("二、上年结转政府信息公开申请数量0000000"),
          QStringLiteral("（一）予以公开0000044"), QStringLiteral("不计其他情形）0000000"),
          QStringLiteral("1.属于国家秘密0000000"), QStringLiteral("2.其他法律行政法规禁止公开0000000"),
          QStringLiteral("3.危及“三安全一稳定”0000022"), QStringLiteral("4.保护第三方合法权益0000000"),
          QStringLiteral("5.属于三类内部事务信息0000022"), QStringLiteral("6.属于四类过程性信息0000000"),
          QStringLiteral("7.属于行政执法案卷0000000"), QStringLiteral("8.属于行政查询事项0000000"),
          QStringLiteral("1.本机关不掌握相关政府信息0000000"), QStringLiteral("2.没有现成信息需要另行制作0000000"),
          QStringLiteral("3.补正后申请内容仍不明确0000000"), QStringLiteral("1.信访举报投诉类申请0000000"),
          QStringLiteral("2.重复申请0000000"), QStringLiteral("3.要求提供公开出版物0000000"),
          QStringLiteral("4.无正当理由大量反复申请0000000"), QStringLiteral("5.要求行政机关确认或重新出具已获取信息0000000"),
          QStringLiteral("（六）其他处理0000000"), QStringLiteral("（七）总计0000000"),
          // natural and commercial are blank: drawn empty, so only five values follow the label
          QStringLiteral("四、结转下年度继续办理00000"), QStringLiteral("总计000000000000000")},
         {QStringLiteral("刚政办〔2020〕6号"), QStringLiteral("海北州人民政府电子政务中心："),
          QStringLiteral("为切实做好政府信息公开工作年度报告工作"), QStringLiteral("（一）加强组织领导。"),
          QStringLiteral("刚察县人民政府办公室2020年2月4日"), QStringLiteral("抄送：档。"),
          QStringLiteral("刚察县人民政府办公室2020年2月4日印发")}},
    };
    return list;
}

} // namespace testing
