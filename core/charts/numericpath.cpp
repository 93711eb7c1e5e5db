// SPDX-License-Identifier: MIT
#include "charts/numericpath.h"

using namespace Qt::StringLiterals;

NumericPath NumericPath::parse(const QString &text)
{
    NumericPath path;
    path.m_text = text.trimmed();
    const QString &t = path.m_text;
    qsizetype i = 0;
    if (t.isEmpty())
        return path;
    if (t.at(0) == u'$')
        ++i;
    auto fail = [&](const QString &what) {
        path.m_steps.clear();
        path.m_error = tr("The path \"%1\" is not valid: %2 at character %3. Write it like $.sensors[0].temp.")
                           .arg(t, what)
                           .arg(i + 1);
        return path;
    };
    while (i < t.size()) {
        const QChar c = t.at(i);
        if (c == u'.') {
            ++i;
            const qsizetype start = i;
            while (i < t.size() && t.at(i) != u'.' && t.at(i) != u'[')
                ++i;
            if (i == start)
                return fail(tr("a name is missing after '.'"));
            path.m_steps.append(Step { t.mid(start, i - start), -1 });
        } else if (c == u'[') {
            ++i;
            if (i < t.size() && (t.at(i) == u'\'' || t.at(i) == u'"')) {
                const QChar quote = t.at(i++);
                QString key;
                while (i < t.size() && t.at(i) != quote) {
                    if (t.at(i) == u'\\' && i + 1 < t.size())
                        ++i;
                    key.append(t.at(i++));
                }
                if (i >= t.size())
                    return fail(tr("a quote is not closed"));
                ++i;
                if (i >= t.size() || t.at(i) != u']')
                    return fail(tr("']' is missing"));
                ++i;
                path.m_steps.append(Step { key, -1 });
            } else {
                const qsizetype start = i;
                while (i < t.size() && t.at(i).isDigit())
                    ++i;
                if (i == start || i >= t.size() || t.at(i) != u']')
                    return fail(tr("an index must be digits in brackets"));
                const QString digits = t.mid(start, i - start);
                bool ok = false;
                const qint64 index = digits.toLongLong(&ok);
                if (!ok)
                    return fail(tr("the index is too large"));
                ++i;
                path.m_steps.append(Step { digits, index });
            }
        } else {
            return fail(tr("expected '.' or '['"));
        }
    }
    return path;
}
