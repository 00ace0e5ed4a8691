#include "reposcanjson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject RepoScanJson::toJson(const RepoScanner::Result &result)
{
    QJsonArray items;
    for (const RepoScanner::Item &item : result.items) {
        QJsonArray evidence;
        for (const ScanEvidence &ev : item.evidence) {
            QJsonObject e {{u"file"_s, ev.file}};
            if (ev.line > 0)
                e.insert(u"line"_s, ev.line);
            if (!ev.text.isEmpty())
                e.insert(u"text"_s, ev.text);
            evidence.append(e);
        }
        QJsonObject o {{u"id"_s, item.id}, {u"passed"_s, item.passed}, {u"evidence"_s, evidence}};
        if (item.omitted > 0)
            o.insert(u"omitted"_s, item.omitted);
        items.append(o);
    }
    return QJsonObject {{u"path"_s, QDir::toNativeSeparators(result.path)},
                        {u"score"_s, result.score},
                        {u"items"_s, items}};
}

QByteArray RepoScanJson::toBytes(const RepoScanner::Result &result)
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}
