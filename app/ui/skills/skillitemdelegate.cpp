#include "skillitemdelegate.h"

#include "domain/skilltext.h"
#include "skillsmodel.h"

#include <QComboBox>
#include <QLocale>

using namespace Qt::StringLiterals;

QWidget *SkillItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const bool isSkill = index.data(SkillsModel::SkillIdRole).toLongLong() > 0;
    const int column = index.column();
    if (!isSkill || column == SkillsModel::Name)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"skillCellEditor"_s);
    if (column == SkillsModel::Current || column == SkillsModel::Target) {
        for (int level = 0; level <= Skill::MaxLevel; ++level) {
            combo->addItem(tr("%1 %2").arg(QLocale().toString(level), SkillText::levelName(level)),
                           level);
            combo->setItemData(level, SkillText::levelMeaning(level), Qt::ToolTipRole);
        }
    } else if (column == SkillsModel::Priority) {
        for (int p = 1; p <= 4; ++p)
            combo->addItem(SkillText::priorityName(p), p);
    } else if (column == SkillsModel::Status) {
        for (auto s : {Skill::Status::NotStarted, Skill::Status::Learning,
                       Skill::Status::Proficient, Skill::Status::Skipped})
            combo->addItem(SkillText::statusName(s), int(s));
    }
    // One choice is one edit: commit and close at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<SkillItemDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void SkillItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SkillItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void SkillItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (qobject_cast<QComboBox *>(editor)) {
        QRect r = editor->geometry();
        r.setWidth(std::max(r.width(), editor->sizeHint().width()));
        editor->setGeometry(r);
    }
}
