#include "readinessitem.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Item
{
    const char *id;
    int weight;
    const char *title;
};

// Weights: what a hiring manager looks at first weighs most. They sum to 100.
constexpr std::array<Item, 14> Items = {{
    {"readme", 10, QT_TRANSLATE_NOOP("ReadinessItem", "A README")},
    {"readme_install", 8, QT_TRANSLATE_NOOP("ReadinessItem", "The README has install steps")},
    {"readme_usage", 7, QT_TRANSLATE_NOOP("ReadinessItem", "The README has usage steps")},
    {"tests", 10, QT_TRANSLATE_NOOP("ReadinessItem", "Tests")},
    {"ci", 8, QT_TRANSLATE_NOOP("ReadinessItem", "A CI pipeline")},
    {"environment", 8,
     QT_TRANSLATE_NOOP("ReadinessItem", "An environment file (requirements, pyproject ...)")},
    {"container", 5, QT_TRANSLATE_NOOP("ReadinessItem", "A Dockerfile or compose file")},
    {"license", 5, QT_TRANSLATE_NOOP("ReadinessItem", "A licence")},
    {"coverage", 5, QT_TRANSLATE_NOOP("ReadinessItem", "Coverage configuration or report")},
    {"absolute_paths", 6,
     QT_TRANSLATE_NOOP("ReadinessItem", "No absolute paths in code and notebooks")},
    {"secrets", 10, QT_TRANSLATE_NOOP("ReadinessItem", "No committed secrets")},
    {"architecture", 6,
     QT_TRANSLATE_NOOP("ReadinessItem", "Architecture documentation or a diagram")},
    {"results", 8, QT_TRANSLATE_NOOP("ReadinessItem", "Quantified results: at least one metric")},
    {"target", 4,
     QT_TRANSLATE_NOOP("ReadinessItem", "The problem is tied to a target industry or company")},
}};

const Item *find(const QString &id)
{
    for (const Item &item : Items) {
        if (id == QLatin1StringView(item.id))
            return &item;
    }
    return nullptr;
}

} // namespace

QStringList ReadinessItem::ids()
{
    QStringList out;
    for (const Item &item : Items)
        out << QString::fromLatin1(item.id);
    return out;
}

int ReadinessItem::weight(const QString &id)
{
    const Item *item = find(id);
    return item ? item->weight : 0;
}

QString ReadinessItem::title(const QString &id)
{
    const Item *item = find(id);
    return item ? QCoreApplication::translate("ReadinessItem", item->title) : id;
}

bool ReadinessItem::passesWhenNothingFound(const QString &id)
{
    return id == "absolute_paths"_L1 || id == "secrets"_L1;
}
