"""Test data: write the noisy reader test documents next to this file (the outputs are committed)."""
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent

def width(t): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in t)

NO_START = "，。、；：！？”）》"

def wrap(par, w=64, indent="　　"):
    lines, cur = [], indent
    for ch in par:
        if width(cur + ch) > w and ch not in NO_START:
            lines.append(cur); cur = ""
        cur += ch
    lines.append(cur)
    return lines

# --- A: GB18030, CRLF, hard-wrapped at 32 CJK columns, page numbers, running header --------
title = "江西省青岚市：党建引领聚合力 小区治理见实效"
byline = "■中共青岚市委组织部"
blocks = [
 ("p", "青岚市坚持把党建引领城市基层治理作为“一把手”工程，围绕“组织共建、资源共享、治理共抓”思路，推动党的组织和工作有效覆盖城市小区，基层治理体系不断完善。"),
 ("h", "夯实组织基础 织密小区组织体系"),
 ("p", "健全小区组织体系。全市612个住宅小区全部建立党组织，组建楼栋党小组1380个，推行“街道党工委—社区党委—小区党支部—楼栋党小组”四级架构，实现党的工作有效覆盖。"),
 ("p", "推行交叉任职机制。推动社区“两委”成员通过法定程序兼任业委会成员，全市共有356名社区“两委”成员在业委会任职，218名物业服务企业负责人担任社区党组织兼职委员。"),
 ("h", "整合多方力量 激发共建共治活力"),
 ("p", "深化“双报到”制度。组织全市427个机关企事业单位党组织和9800余名在职党员到社区报到，认领服务项目1260个，与社区结对共建，推动资源下沉、力量下沉。"),
 ("p", "健全“红色物业”联席会议制度。由社区党组织牵头，每月召集业委会、物业服务企业、驻区单位召开联席会议，协调解决停车难、漏水等问题312件。"),
 ("h", "聚焦群众需求 提升为民服务水平"),
 ("p", "建设小区党群服务站。利用物业用房、闲置用房等资源建成小区党群服务站186处，配备专职网格员和志愿服务队，为居民提供代办代缴、助老助餐等服务。"),
 ("p", "下一步，青岚市将持续深化党建引领基层治理，推动小区治理提质增效。"),
]
lines = [title, "", byline, ""]
for kind, text in blocks:
    lines += [text] if kind == "h" else wrap(text)
# paginate: 9 body lines a page, header on top, footer "- n -"
header = "青岚市党建工作简报　2024年第6期"
paged, page, n = [header, ""], 1, 0
for ln in lines:
    paged.append(ln); n += 1
    if n == 9:
        paged += ["", f"- {page} -", "\f" + header, ""]; page += 1; n = 0
paged += ["", f"- {page} -"]
A = "\r\n".join(paged)

# --- B: UTF-16 with BOM, two articles + untitled note, page numbers, repeats, cuts -------------
B = """编者按：为交流各地党建引领基层治理经验，现将有关材料刊发如下。

党建引领　激活社区治理“一池春水”

■中共临溪县枫林街道工作委员会

　　近年来，枫林街道以“党建+网格”为抓手，推动社区治理由“管理”向“服务”转变。
一、建强组织体系
　　街道党工委统筹辖区8个社区党委，下设网格党支部46个，推行“社区党委+网格党支部+楼栋党小组”模式，把党组织建在网格上。

　　街道党工委牵头成立共建理事会，吸纳辖区23家

第2页

　　驻区单位参与，签订共建协议，形成资源清单、需求清单、项目清单。
二、完善共治机制
　　推行“四议两公开”协商机制。社区党组织提议、社区“两委”商议、党员大会审议、居民代表会议决议，决议和实施结果公开。
　　推行“四议两公开”协商机制。社区党组织提议、社区“两委”商议、党员大会审议、居民代表会议决议，决议和实施结果公开。
二、完善共治机制
　　建立物业服务企业履约评价机制，由业委会、
三、提升服务效能
　　居民代表每季度对物业服务企业进行评分，评价结果与物业费收缴挂钩。
　　开展“敲门行动”。组织网格员走访独居老人、困难家庭1200余户，解决实际问题260件。枫林街道还将探索

— 3 —

甘肃省丰源市云岭区：“三事分流”让小区治理更有序

■中共云岭区委组织部

　　云岭区聚焦小区治理难点，推行“大事政府办、小事社区办、私事自己办”的“三事分流”工作法。
　　健全议事平台。全区137个小区建立“小区议事会”，由小区党支部书记担任召集人，

　　物业服务企业、业委会负责人和居民代表共同参与，累计议定事项580余件。
　　打造服务阵地。全区已建成“红色驿站”

　　云岭区建立小区治理积分制度，居民参与志愿服务可兑换生活用品。
　　云岭区建立小区治理积分制度，居民参与志愿服务可兑换生活用品。"""

# --- C: UTF-8 with BOM, double-spaced hard wrap at 36 columns, the title as running header, ---
# --- "第 n 页 共 m 页" footers, a byline in brackets -----------------------------------------
C_TITLE = "湖北省江城市沙洲区：“红色管家”激活小区治理末梢"
C_BLOCKS = [
 ("p", "沙洲区针对老旧小区物业管理缺位、居民诉求响应慢等问题，推行“红色管家”服务模式，由社区党组织统筹小区物业服务，让居民办事不出小区。"),
 ("h", "建强红色引擎"),
 ("p", "推动党组织嵌入小区治理。全区48个老旧小区全部成立临时党支部，选派62名机关党员担任“红色管家”，与业委会、物业服务企业建立联席会议制度，每月研究解决小区治理难题。"),
 ("h", "做实为民服务"),
 ("p", "建立“小区吹哨、部门报到”机制。小区党支部收集居民诉求后“吹哨”，区直部门和街道执法力量30分钟内响应，今年以来解决各类问题410件。"),
]
c_lines = [C_TITLE, "（中共沙洲区委组织部）"]
for kind, text in C_BLOCKS:
    c_lines += [text] if kind == "h" else wrap(text, 72)
c_pages = [c_lines[k:k + 5] for k in range(0, len(c_lines), 5)]
c_out = []
for n, pg in enumerate(c_pages, 1):
    c_out += ([C_TITLE, ""] if n > 1 else []) + [x for ln in pg for x in (ln, "")] + [f"第 {n} 页 共 {len(c_pages)} 页", ""]
C = "\ufeff" + "\n".join(c_out)

# --- D: GBK, old-Mac CR line ends, a title without place (found before the byline), a byline with
# --- the writer's name, two paragraphs glued on one line, a named community opening a paragraph
D = ("沙湾社区的“板凳会”\r\r■中共河口县委组织部　李明\r\r"
     "　　近日，河口县沙湾社区党委组织召开“板凳会”，听取居民对小区改造的意见建议。　　推行“板凳议事”机制。"
     "社区党委每月组织党员、居民代表围坐议事，累计收集意见建议146条，办结率达到\r\r"
     "　　沙湾社区党委书记介绍，下一步将把议事成果纳入社区年度计划。\r")

# --- E: UTF-8, ragged hard wrap (26-40 characters a line, no indents), "第n页" footers under a
# --- journal header, a heading printed inside a paragraph, a paragraph repeated with other wraps
E_TITLE = "福建省榕川市：小区有了“红色议事厅”"
E_PARAS = [
    "榕川市坚持党建引领小区治理，在全市建成“红色议事厅”214个，推动小区大事小情由居民协商解决，小区治理难题化解率达到91%。",
    "建强议事阵地。利用小区物业用房、闲置架空层等场所建设议事厅，统一配备议事桌椅和公示栏，做到有场所、有制度、有台账。",
    "规范议事程序。按照“居民提事、支部定事、多方议事、公开晒事”流程，由小区党支部召集业委会、物业服务企业和居民代表共同议事，议定事项在小区公示栏公开。",
    "榕川市东湖街道春晖小区党支部通过议事厅协调解决加装电梯问题，12部电梯已投入使用。",
]
E_HEADINGS = {1: "建强阵地 搭好议事平台", 2: "规范程序 议出治理实效"}


def ragged(par, seed):
    widths = [26, 33, 38, 29, 40, 31, 35, 27, 37]
    out, pos, k = [], 0, seed
    while pos < len(par):
        w = widths[k % len(widths)]
        out.append(par[pos:pos + w])
        pos += w
        k += 1
    return out


e_lines = [E_TITLE, "■中共榕川市委组织部"]
for i, par in enumerate(E_PARAS):
    if i in E_HEADINGS:
        e_lines.append(E_HEADINGS[i])
    wrapped = ragged(par, i)
    if i == 2:   # the heading of the next part printed inside this paragraph
        wrapped.insert(2, "规范程序 议出治理实效")
    e_lines += wrapped
e_lines += ragged(E_PARAS[1], 5)      # repeated with another wrap
e_out = []
for k in range(0, len(e_lines), 8):
    e_out += ["社区治理通讯"] + e_lines[k:k + 8] + [f"第{k // 8 + 1}页", ""]
E = "\r\n".join(e_out)


def main():
    (OUT / "qinglan_wrapped_gb18030.txt").write_bytes(A.encode("gb18030"))
    (OUT / "fenglin_yunling_utf16.txt").write_bytes(B.encode("utf-16"))
    (OUT / "shazhou_double_spaced_bom.txt").write_bytes(C.encode("utf-8"))
    (OUT / "shawan_gbk_cr.txt").write_bytes(D.encode("gbk"))
    (OUT / "rongchuan_ragged.txt").write_bytes(E.encode("utf-8"))


if __name__ == "__main__":
    main()
