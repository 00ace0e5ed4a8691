#pragma once

// Small value helpers shared by the parts of DemoWriter (demowriter.cpp, demoportfolio.cpp).

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace DemoValues {

using namespace Qt::StringLiterals;

// Certification study gets its own seed so the other generated history stays put when the
// certifications change.
constexpr quint32 CertificationStudySeed = 0x5eed0002;

inline QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QVariant nullableNumber(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
}

inline QVariant nullableText(const QJsonValue &v)
{
    return v.isString() ? QVariant(v.toString()) : QVariant();
}

// Never a null QString: Qt binds those as SQL NULL, which the NOT NULL text columns refuse.
inline QString text(const QJsonObject &o, QLatin1StringView field)
{
    const QString s = o.value(field).toString();
    return s.isNull() ? u""_s : s;
}

// Reads each field of O named in FIELDS as text (never null) into the member of INTO beside it:
// one table per entry instead of a line per field.
template<typename T>
void readTexts(const QJsonObject &o, T &into,
               std::initializer_list<std::pair<QString T::*, QLatin1StringView>> fields)
{
    for (const auto &[member, field] : fields)
        into.*member = text(o, field);
}

inline QString entry(QLatin1StringView list, qsizetype i, const QString &name = {})
{
    const QString where = u"%1[%2]"_s.arg(list).arg(i);
    return name.isEmpty() ? where : u"%1 (%2)"_s.arg(where, name);
}

} // namespace DemoValues
