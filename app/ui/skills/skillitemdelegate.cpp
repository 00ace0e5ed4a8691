#include "skillitemdelegate.h"

#include "domain/skilltext.h"
#include "skillsmodel.h"

#include <QComboBox>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Knows whether a choice came from its open list or from a key on the closed box.
class CellCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;
    bool listWasOpen() const { return m_listOpen; }
    void showPopup() override
    {
        m_listOpen = true;
        QComboBox::showPopup();
    }

private:
    bool m_listOpen = false;
};

} // namespace

QWidget *SkillItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const bool isSkill = index.data(SkillsModel::SkillIdRole).toLongLong() > 0;
    const int column = index.column();
    if (!isSkill || column == SkillsModel::Name)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new CellCombo(parent);
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
    // A choice from the open list is one edit: commit and close at once. On the closed box,
    // arrow keys and a typed digit step in place (0 to 4 is four presses, not four rounds);
    // Enter or leaving the cell commits, Escape cancels (the delegate's event filter).
    connect(combo, &QComboBox::activated, this, [this, combo] {
        if (!combo->listWasOpen())
            return;
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
