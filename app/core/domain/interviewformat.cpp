#include "interviewformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString InterviewFormat::displayName(const QString &key, const QString &name)
{
    static const struct
    {
        const char *key;
        const char *text;
    } names[] = {
        {"coding", QT_TRANSLATE_NOOP("InterviewFormat", "Coding")},
        {"system_design", QT_TRANSLATE_NOOP("InterviewFormat", "ML system design")},
        {"ml_theory", QT_TRANSLATE_NOOP("InterviewFormat", "ML theory")},
        {"deep_learning", QT_TRANSLATE_NOOP("InterviewFormat", "Deep learning")},
        {"statistics", QT_TRANSLATE_NOOP("InterviewFormat", "Statistics and probability")},
        {"behavioural", QT_TRANSLATE_NOOP("InterviewFormat", "Behavioural")},
        {"responsible_ai", QT_TRANSLATE_NOOP("InterviewFormat", "Responsible AI")},
        {"take_home", QT_TRANSLATE_NOOP("InterviewFormat", "Take-home")},
        {"screening", QT_TRANSLATE_NOOP("InterviewFormat", "Screening")},
        {"technical", QT_TRANSLATE_NOOP("InterviewFormat", "Technical (general)")},
    };
    for (const auto &n : names) {
        if (key == QLatin1StringView(n.key))
            return QCoreApplication::translate("InterviewFormat", n.text);
    }
    return name.isEmpty() ? key : name;
}

QString InterviewFormat::keyFor(const QString &name)
{
    QString key;
    bool gap = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (gap && !key.isEmpty())
                key += u'_';
            key += c;
            gap = false;
        } else if (!c.isMark()) {
            gap = true;
        }
    }
    return key;
}
