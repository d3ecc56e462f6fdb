<#macro cell text>${md(text)}</#macro>
# ${b.title}

## ${b.subtitle}

${b.issuer}　${b.date_text}
<#if status??>

> ${status}
</#if>
<#list b.sections as section>

## ${section.number}、${section.title}
<#list section.paragraphs as para>

<#if para.heading?has_content>**${md(para.heading)}**<#if para.text?has_content>：</#if></#if>${md(para.text)}
<#if para.figure??>

*${para.figure.caption}*（图见 HTML、Word 或 PDF 版）
</#if>
</#list>
</#list>
<#if b.attachments?has_content>

附件：<#list b.attachments as a>${a.number}. ${a.title}<#sep>；</#sep></#list>
</#if>

${b.signature!b.issuer}　${b.date_text}
<#list b.attachments as a>

### 附件 ${a.number}：${a.title}
<#list a.tables as t>
<#if t.caption??>

#### ${t.caption}
</#if>

|<#list t.layout.columns as c> <@cell c/> |</#list>
|<#list t.layout.columns as c> --- |</#list>
<#list t.layout.rows as row>
|<#list row.cells as cellText> <#if row.kind == "total" && cellText?has_content>**<@cell cellText/>**<#else><@cell cellText/></#if> |</#list>
</#list>
<#if t.note??>

${md(t.note)}
</#if>
</#list>
</#list>
