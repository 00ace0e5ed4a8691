// What each cell of the skills tree shows: text, sort keys, tooltips and alignment.
// The tree's structure, editing and drag and drop are in skillsmodel.cpp.
#include "skillsmodel.h"

#include "domain/hourstext.h"
#include "domain/skilltext.h"
#include "roadmapstore.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

QVariant SkillsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Skill *s = skillAt(index))
        return skillData(*s, index.column(), role);
    return groupData(index.row(), index.column(), role);
}

static QString levelText(int level)
{
    return SkillsModel::tr("%1 %2").arg(QLocale().toString(level), SkillText::levelName(level));
}

static QString hoursText(double hours)
{
    return hours <= 0 ? QString() : HoursText::number(hours);
}

QStringList SkillsModel::fixedTexts(int column)
{
    QStringList texts;
    switch (column) {
    case Current:
    case Target:
        for (int level = 0; level <= Skill::MaxLevel; ++level)
            texts << levelText(level);
        break;
    case Priority:
        for (int p = 1; p <= 4; ++p)
            texts << SkillText::priorityName(p);
        break;
    case Status:
        for (auto s : {Skill::Status::NotStarted, Skill::Status::Learning,
                       Skill::Status::Proficient, Skill::Status::Skipped})
            texts << SkillText::statusName(s);
        break;
    case Evidence:
        texts << tr("Unproven");
        break;
    }
    return texts;
}

QVariant SkillsModel::skillData(const Skill &s, int column, int role) const
{
    switch (role) {
    case SkillIdRole:
        return s.id;
    case GroupIdRole:
        return m_grouping == RoadmapGroup::Kind::Stage ? s.stageId : s.categoryId;
    case UnprovenRole:
        return s.isUnproven();
    case Qt::TextAlignmentRole:
        return column == Name || column == Priority || column == Status || column == Current
                || column == Target
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Evidence && s.isUnproven())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (column == Status && s.suggestedStatus())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return s.description.isEmpty() ? QVariant() : QVariant(s.description);
        case Current:
            return SkillText::levelMeaning(s.currentLevel);
        case Target:
            return SkillText::levelMeaning(s.targetLevel);
        case Status:
            if (const QString why = SkillText::statusSuggestion(s); !why.isEmpty())
                return tr("%1\nChange it in this cell (F2).").arg(why);
            return {};
        case Evidence: {
            QString text
                = tr("%n project(s), %1, %2", nullptr, s.projectCount)
                      .arg(tr("%n earned certification(s)", nullptr, s.earnedCertificationCount),
                           tr("%n interview topic(s)", nullptr, s.topicCount));
            if (s.otherCertificationCount > 0)
                text += u'\n'
                    + tr("%n linked certification(s) not earned yet (not evidence until earned)",
                         nullptr, s.otherCertificationCount);
            if (s.isUnproven())
                text += u"\n\n"_s
                    + tr("Unproven: level %1 is a claim a hiring manager cannot verify. Link a "
                         "project, an earned certification or an interview topic that shows it.")
                          .arg(QLocale().toString(s.currentLevel));
            return text;
        }
        case Hours:
            //: %1 is a number of hours, e.g. "12.5 hours"
            return tr("%1 studied").arg(HoursText::spelled(s.hoursStudied()));
        }
        return {};
    case SortRole:
        switch (column) {
        case Name:
            return s.name;
        case Current:
            return s.currentLevel;
        case Target:
            return s.targetLevel;
        case Gap:
            return s.gap();
        case Priority:
            return s.priority;
        case Status:
            return int(s.status);
        case Evidence:
            return s.evidenceCount();
        case Hours:
            return s.minutesStudied;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case Name:
            return s.name;
        case Current:
            return s.currentLevel;
        case Target:
            return s.targetLevel;
        case Priority:
            return s.priority;
        case Status:
            return int(s.status);
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return s.name;
        case Current:
            return levelText(s.currentLevel);
        case Target:
            return levelText(s.targetLevel);
        case Gap:
            return QLocale().toString(s.gap());
        case Priority:
            return SkillText::priorityName(s.priority);
        case Status:
            return SkillText::statusName(s.status);
        case Evidence:
            return s.isUnproven() ? tr("Unproven") : QLocale().toString(s.evidenceCount());
        case Hours:
            return hoursText(s.hoursStudied());
        }
        return {};
    }
    return {};
}

QVariant SkillsModel::groupData(int row, int column, int role) const
{
    const Group &g = m_groups[row];
    const RoadmapGroup *info = m_store->group(m_grouping, g.id);
    const QList<Skill> &skills = m_store->roadmap().skills;
    auto sum = [&](auto value) {
        int total = 0;
        for (int i : g.skills)
            total += value(skills[i]);
        return total;
    };
    switch (role) {
    case GroupIdRole:
        return g.id;
    case SkillIdRole:
        return 0;
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::EditRole:
        return column == Name && info ? QVariant(info->name) : QVariant();
    case Qt::ToolTipRole:
        return column == Name && info && !info->description.isEmpty() ? QVariant(info->description)
                                                                      : QVariant();
    case SortRole:
        return row;
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return info ? tr("%1 (%2)").arg(info->name, QLocale().toString(g.skills.size()))
                        : QVariant();
        case Gap: {
            const int gap = sum(
                [](const Skill &s) { return s.status == Skill::Status::Skipped ? 0 : s.gap(); });
            return QLocale().toString(gap);
        }
        case Evidence:
            return QLocale().toString(sum([](const Skill &s) { return s.evidenceCount(); }));
        case Hours:
            return hoursText(sum([](const Skill &s) { return s.minutesStudied; }) / 60.0);
        }
        return {};
    }
    return {};
}

QVariant SkillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Skill");
        case Current:
            return tr("Level");
        case Target:
            return tr("Target");
        case Gap:
            return tr("Gap");
        case Priority:
            return tr("Priority");
        case Status:
            return tr("Status");
        case Evidence:
            return tr("Evidence");
        case Hours:
            return tr("Hours");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Current:
            return tr("Where you stand, 0 (none) to 5 (expert). Double-click to change.");
        case Gap:
            return tr("Levels between your level and the target.");
        case Evidence:
            return tr("Projects, earned certifications and interview topics that show the skill.");
        case Hours:
            return tr("Hours logged in the study log.");
        }
    }
    return {};
}
