"""Report files in the formats people keep them, made from a plain-text report (tests and benchmarks).

A saved web page with a news site's furniture, a hard-wrapped PDF with running headers and
page numbers written with a CJK font, a Word file with headings, and a PDF with no text layer.
"""
from __future__ import annotations

import html
import io
import textwrap
from pathlib import Path

SITE = "红旗日报网"
URL = "https://www.example.cn/dangjian/2023-05/12/content_88231.html"
DATE = "2023-05-12"
AUTHOR = "记者 王某某"

_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_党建频道_{site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{date}T09:30:00+08:00">
<meta name="publishdate" content="{date}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; window.shareConfig = {{title: "{title}"}};</script>
</head><body>
<div class="top-bar"><a href="/">网站首页</a> | <a href="/login">登录</a> | <a href="/reg">注册</a> | 手机版 | 无障碍浏览</div>
<header><div class="logo"><img src="/img/logo.png" alt="{site}"></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">时政要闻</a></li><li><a href="/dj">党建频道</a></li>
<li><a href="/sh">社会民生</a></li><li><a href="/pl">评论</a></li><li><a href="/tp">图片</a></li><li><a href="/sp">视频</a></li></ul></nav>
<form class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/dj">党建频道</a> &gt; 正文</div>
<div class="main"><article>
<h1 class="title">{title}</h1>
<div class="info"><span class="date">{date} 09:30</span> <span class="source">来源：{site}</span>
<span class="author">作者：{author}</span> <span class="fontsize">字号：大 中 小</span></div>
<div class="share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qq">QQ空间</a></div>
<div class="content" id="article-content">
{body}
</div>
<div class="editor">（责任编辑：李某某）</div>
<div class="share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qq">QQ空间</a></div>
</article>
<aside class="related"><h3>相关新闻</h3><ul>
<li><a href="/a/1.html">某市召开城市基层党建工作推进会</a></li>
<li><a href="/a/2.html">社区治理“微改革”激发基层新活力</a></li>
<li><a href="/a/3.html">物业服务纳入社区治理体系</a></li></ul>
<h3>热点排行</h3><ol><li><a href="/b/1.html">全市新建党群服务中心12个</a></li>
<li><a href="/b/2.html">网格员队伍建设再上新台阶</a></li></ol></aside></div>
<footer><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/ad">广告服务</a> | <a href="/map">网站地图</a></p>
<p>版权所有 {site} 未经授权禁止转载 京ICP备12345678号-1 京公网安备11010502030000号</p>
<p>违法和不良信息举报电话：010-12345678</p></footer>
<script>document.write('<div class="float-ad">广告</div>');</script>
</body></html>
"""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def html_page(text: str, encoding: str = "utf-8") -> bytes:
    """The report as a page saved from a news site: its first line the page title (``<h1>``),
    every other line a ``<p>``, in a page of menus, share buttons, related lists and a footer."""
    lines = _lines(text)
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    page = _HEAD.format(charset="gb2312" if encoding.lower() in ("gbk", "gb2312", "gb18030") else "utf-8",
                        title=html.escape(lines[0]), site=SITE, author=AUTHOR, date=DATE, url=URL, body=body)
    return page.encode("gbk" if encoding.lower() in ("gbk", "gb2312") else encoding)


def cjk_font() -> str | None:
    """A CJK TrueType font on this machine (scripts/test-deps installs WenQuanYi Micro Hei), or None."""
    for path in ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                 "/usr/share/fonts/truetype/arphic/uming.ttc"):
        if Path(path).exists():
            return path
    return None


def pdf_file(text: str, header: str = "城市基层党建工作简报", width: int = 38) -> bytes:
    """The report as a printed bulletin: lines hard-wrapped at ``width`` characters, a running
    header and a page number on every page, written with a CJK font (text layer kept)."""
    from fpdf import FPDF

    font = cjk_font()
    if font is None:
        raise RuntimeError("no CJK font installed (run scripts/test-deps)")

    class Bulletin(FPDF):
        def header(self):
            self.set_font("cjk", size=9)
            self.cell(0, 6, header, align="C")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("cjk", size=9)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    pdf = Bulletin(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("cjk", fname=font)
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    for line in _lines(text):
        for piece in textwrap.wrap(line, width) or [line]:
            pdf.cell(0, 7, piece, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF of page images only (a scan): no text layer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        for k in range(20):
            pdf.rect(20, 20 + 12 * k, 170 - 3 * k, 6, style="F")
    return bytes(pdf.output())


def docx_file(text: str, headings: list[str] | tuple[str, ...] = ()) -> bytes:
    """The report as a Word file: the first line the title (style Title), lines in ``headings``
    as Heading 2, the rest body paragraphs."""
    import docx

    document = docx.Document()
    document.core_properties.title = _lines(text)[0]
    document.core_properties.author = AUTHOR
    wanted = set(headings)
    for k, line in enumerate(_lines(text)):
        if k == 0:
            document.add_heading(line, level=0)
        elif line in wanted:
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
