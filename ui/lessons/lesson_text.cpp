#include "lessons/lesson_text.h"

#include <QStringList>

namespace pagelab::ui {

namespace {

// Replaces pairs of `marker` by <tag>...</tag>; an unpaired marker stays as typed.
QString pairs(const QString& text, const QString& marker, const QString& tag)
{
    QString out;
    int from = 0;
    while (true) {
        const int open = text.indexOf(marker, from);
        const int close = open < 0 ? -1 : text.indexOf(marker, open + int(marker.size()));
        if (close < 0) {
            out += text.mid(from);
            return out;
        }
        out += text.mid(from, open - from);
        out += QLatin1Char('<') + tag + QLatin1Char('>');
        out += text.mid(open + marker.size(), close - open - marker.size());
        out += QLatin1String("</") + tag + QLatin1Char('>');
        from = close + int(marker.size());
    }
}

} // namespace

QString lessonInlineHtml(const QString& text)
{
    // Code first: `**x**` inside code stays literal stars.
    QStringList parts = text.split(QLatin1Char('`'));
    if (parts.size() % 2 == 0) { // an odd number of backquotes: the last one is plain text
        const QString last = parts.takeLast();
        parts.last() += QLatin1Char('`') + last;
    }
    QString out;
    for (int i = 0; i < parts.size(); ++i) {
        const QString escaped = parts[i].toHtmlEscaped();
        if (i % 2 == 1)
            out += QLatin1String("<code>") + escaped + QLatin1String("</code>");
        else
            out += pairs(escaped, QStringLiteral("**"), QStringLiteral("b"));
    }
    return out;
}

QString lessonNarrationHtml(const std::vector<std::string>& paragraphs)
{
    QString html;
    for (const std::string& p : paragraphs) {
        const QString text = QString::fromStdString(p);
        if (text.startsWith(QLatin1String("- "))) {
            html += QLatin1String("<ul>");
            for (const QString& item : text.mid(2).split(QLatin1String(" - "), Qt::SkipEmptyParts))
                html += QLatin1String("<li>") + lessonInlineHtml(item.trimmed()) + QLatin1String("</li>");
            html += QLatin1String("</ul>");
        } else {
            html += QLatin1String("<p>") + lessonInlineHtml(text) + QLatin1String("</p>");
        }
    }
    return html;
}

} // namespace pagelab::ui
