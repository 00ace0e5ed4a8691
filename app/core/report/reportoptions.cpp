#include "reportoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

QStringList ReportOptions::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.simplified().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QPageSize::PageSizeId ReportOptions::defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QString ReportOptions::kindKey(Kind kind)
{
    return kind == Kind::Resume ? u"resume"_s : u"portfolio"_s;
}

bool ReportOptions::kindFromKey(const QString &key, Kind *kind)
{
    if (key == "portfolio"_L1)
        *kind = Kind::Portfolio;
    else if (key == "resume"_L1)
        *kind = Kind::Resume;
    else
        return false;
    return true;
}

QByteArray ReportOptions::toJson() const
{
    QJsonObject o;
    o.insert(u"kind"_s, kindKey(kind));
    o.insert(u"pageSize"_s, pageSize == QPageSize::Letter ? u"Letter"_s : u"A4"_s);
    o.insert(u"roleTags"_s, QJsonArray::fromStringList(roleTags));
    QStringList hidden(hiddenSections.cbegin(), hiddenSections.cend());
    hidden.sort();
    o.insert(u"hiddenSections"_s, QJsonArray::fromStringList(hidden));
    o.insert(u"minSkillLevel"_s, minSkillLevel);
    o.insert(u"evidencedSkillsOnly"_s, evidencedSkillsOnly);
    o.insert(u"featuredProjectsOnly"_s, featuredProjectsOnly);
    o.insert(u"earnedCertificationsOnly"_s, earnedCertificationsOnly);
    const auto ids = [](const QSet<qint64> &set) {
        QList<qint64> sorted(set.cbegin(), set.cend());
        std::sort(sorted.begin(), sorted.end());
        QJsonArray a;
        for (qint64 id : sorted)
            a.append(double(id));
        return a;
    };
    o.insert(u"excludedProjects"_s, ids(excludedProjects));
    o.insert(u"excludedCertifications"_s, ids(excludedCertifications));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ReportOptions ReportOptions::fromJson(const QByteArray &json, const QLocale &locale)
{
    ReportOptions r;
    r.locale = locale;
    r.pageSize = defaultPageSize(locale);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    kindFromKey(o.value(u"kind"_s).toString(), &r.kind);
    const QString size = o.value(u"pageSize"_s).toString();
    if (size == "Letter"_L1)
        r.pageSize = QPageSize::Letter;
    else if (size == "A4"_L1)
        r.pageSize = QPageSize::A4;
    QStringList tags;
    for (const QJsonValue &v : o.value(u"roleTags"_s).toArray())
        tags.append(v.toString());
    r.roleTags = parseTags(tags.join(u','));
    for (const QJsonValue &v : o.value(u"hiddenSections"_s).toArray())
        r.hiddenSections.insert(v.toString());
    const int level = o.value(u"minSkillLevel"_s).toInt(r.minSkillLevel);
    if (level >= 0 && level <= 5)
        r.minSkillLevel = level;
    r.evidencedSkillsOnly = o.value(u"evidencedSkillsOnly"_s).toBool(r.evidencedSkillsOnly);
    r.featuredProjectsOnly = o.value(u"featuredProjectsOnly"_s).toBool(r.featuredProjectsOnly);
    r.earnedCertificationsOnly
        = o.value(u"earnedCertificationsOnly"_s).toBool(r.earnedCertificationsOnly);
    for (const QJsonValue &v : o.value(u"excludedProjects"_s).toArray())
        if (v.isDouble() && v.toDouble() > 0)
            r.excludedProjects.insert(qint64(v.toDouble()));
    for (const QJsonValue &v : o.value(u"excludedCertifications"_s).toArray())
        if (v.isDouble() && v.toDouble() > 0)
            r.excludedCertifications.insert(qint64(v.toDouble()));
    return r;
}
