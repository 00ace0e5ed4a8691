#include "resumelevel.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

int ResumeLevel::fromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QHash<QString, int> words = {
        {u"none"_s, 0},       {u"aware"_s, 1},       {u"awareness"_s, 1},    {u"novice"_s, 1},
        {u"basic"_s, 1},      {u"fundamental"_s, 1}, {u"beginner"_s, 2},     {u"elementary"_s, 2},
        {u"junior"_s, 2},     {u"working"_s, 3},     {u"intermediate"_s, 3}, {u"competent"_s, 3},
        {u"proficient"_s, 3}, {u"good"_s, 3},        {u"advanced"_s, 4},     {u"experienced"_s, 4},
        {u"senior"_s, 4},     {u"fluent"_s, 4},      {u"expert"_s, 5},       {u"master"_s, 5},
        {u"native"_s, 5},
    };
    const auto it = words.constFind(t);
    if (it != words.constEnd())
        return it.value();
    // "3", "3/5", "4 of 5"
    static const QRegularExpression numeric(u"^([0-5])(?:\\s*(?:/|of)\\s*5)?$"_s);
    const QRegularExpressionMatch m = numeric.match(t);
    if (m.hasMatch())
        return m.captured(1).toInt();
    return -1;
}

QString ResumeLevel::toText(int level)
{
    static const char *const names[]
        = {"None", "Aware", "Beginner", "Working", "Advanced", "Expert"};
    return QString::fromLatin1(names[qBound(0, level, 5)]);
}
