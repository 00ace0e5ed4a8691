#include "skilldetailspanel.h"

#include "calc/jobmatcher.h"
#include "common/fieldproblems.h"
#include "db/skillaliasrepository.h"
#include "evidencelistwidget.h"
#include "moveskillcommand.h"
#include "roadmapstore.h"
#include "setaliasescommand.h"
#include "setprerequisitescommand.h"
#include "setskillfieldcommand.h"
#include "studylogwidget.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTabWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

SkillDetailsPanel::SkillDetailsPanel(RoadmapStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_placeholder(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_aliases(new QLineEdit(this))
    , m_aliasWarning(FieldProblems::createLabel(this, u"skillAliasesWarning"_s))
    , m_stage(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_unproven(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_prerequisites(new QListWidget(this))
    , m_prerequisiteChoice(new QComboBox(this))
    , m_addPrerequisite(new QPushButton(tr("Add"), this))
    , m_removePrerequisite(new QPushButton(tr("Remove"), this))
    , m_prerequisiteMessage(new QLabel(this))
    , m_evidence(new EvidenceListWidget(store, this))
    , m_studyLog(new StudyLogWidget(store, this))
{
    setObjectName(u"skillDetailsPanel"_s);
    auto *stack = new QStackedLayout(this);
    m_placeholder->setText(tr("Select a skill to see its description, notes, prerequisites, "
                              "evidence and study log."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_tabs);
    m_tabs->setObjectName(u"skillDetailsTabs"_s);

    auto *details = new QWidget(m_tabs);
    auto *form = new QFormLayout(details);
    m_name->setObjectName(u"skillNameEdit"_s);
    m_aliases->setObjectName(u"skillAliasesEdit"_s);
    m_aliases->setPlaceholderText(tr("Other names, separated by commas"));
    m_aliases->setToolTip(tr("What job postings may call this skill (e.g. \"torch\" for PyTorch, "
                             "\"k8s\" for Kubernetes). The Job Match page finds the skill by these "
                             "names too, whatever their case."));
    m_stage->setObjectName(u"skillStageCombo"_s);
    m_category->setObjectName(u"skillCategoryCombo"_s);
    m_description->setObjectName(u"skillDescriptionEdit"_s);
    m_notes->setObjectName(u"skillNotesEdit"_s);
    m_notes->setPlaceholderText(tr("Your own notes: resources, what to practise, what you built."));
    m_unproven->setObjectName(u"unprovenLabel"_s);
    m_unproven->setWordWrap(true);
    m_unproven->setText(tr("<b>Unproven.</b> At level 3 or above this is a claim a hiring manager "
                           "cannot verify. Link a project, an earned certification or an interview "
                           "topic that shows it (Evidence tab)."));
    form->addRow(tr("&Name:"), m_name);
    // A name two skills share counts for one of them only (the first in the roadmap): said
    // under the field as it is typed.
    auto *aliasesBox = new QWidget(details);
    auto *aliasesLayout = new QVBoxLayout(aliasesBox);
    aliasesLayout->setContentsMargins(0, 0, 0, 0);
    aliasesLayout->setSpacing(2);
    aliasesLayout->addWidget(m_aliases);
    aliasesLayout->addWidget(m_aliasWarning);
    auto *aliasesLabel = new QLabel(tr("Also &known as:"), details);
    aliasesLabel->setBuddy(m_aliases);
    form->addRow(aliasesLabel, aliasesBox);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(m_unproven);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("N&otes:"), m_notes);

    auto *prereqBox = new QWidget(details);
    auto *prereqLayout = new QVBoxLayout(prereqBox);
    prereqLayout->setContentsMargins(0, 0, 0, 0);
    m_prerequisites->setObjectName(u"prerequisiteList"_s);
    m_prerequisites->setMaximumHeight(110);
    prereqLayout->addWidget(m_prerequisites);
    auto *addRow = new QHBoxLayout;
    m_prerequisiteChoice->setObjectName(u"prerequisiteChoice"_s);
    m_prerequisiteChoice->setEditable(true);
    m_prerequisiteChoice->setInsertPolicy(QComboBox::NoInsert);
    m_prerequisiteChoice->completer()->setFilterMode(Qt::MatchContains);
    m_prerequisiteChoice->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_prerequisiteChoice->lineEdit()->setPlaceholderText(tr("Skill that comes first"));
    m_prerequisiteChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prerequisiteChoice->setMinimumContentsLength(12);
    m_addPrerequisite->setObjectName(u"addPrerequisiteButton"_s);
    m_removePrerequisite->setObjectName(u"removePrerequisiteButton"_s);
    // Remove under the list, the chooser and Add below it: side by side, three controls
    // left the chooser too narrow to read in the narrow panel.
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removePrerequisite);
    prereqLayout->addLayout(removeRow);
    addRow->addWidget(m_prerequisiteChoice, 1);
    addRow->addWidget(m_addPrerequisite);
    prereqLayout->addLayout(addRow);
    m_prerequisiteMessage->setObjectName(u"prerequisiteMessage"_s);
    m_prerequisiteMessage->setWordWrap(true);
    m_prerequisiteMessage->hide();
    prereqLayout->addWidget(m_prerequisiteMessage);
    // Label above, list and chooser across the panel's full width: the panel is narrow.
    auto *prereqLabel = new QLabel(tr("&Prerequisites:"), details);
    prereqLabel->setBuddy(m_prerequisiteChoice);
    form->addRow(prereqLabel);
    form->addRow(prereqBox);

    // The form scrolls rather than setting the window's minimum height: on a 640 px screen it
    // does not fit, and a window taller than the screen hides its own status bar.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(u"skillDetailsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(details);
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    m_tabs->addTab(m_studyLog, tr("Study Log"));

    m_description->installEventFilter(this);
    m_notes->installEventFilter(this);
    connect(m_name, &QLineEdit::editingFinished, this, &SkillDetailsPanel::commitText);
    connect(m_aliases, &QLineEdit::editingFinished, this, &SkillDetailsPanel::commitAliases);
    connect(m_aliases, &QLineEdit::textChanged, this, &SkillDetailsPanel::warnOfSharedAliases);
    connect(m_stage, &QComboBox::activated, this, &SkillDetailsPanel::moveTo);
    connect(m_category, &QComboBox::activated, this, &SkillDetailsPanel::moveTo);
    connect(m_addPrerequisite, &QPushButton::clicked, this, &SkillDetailsPanel::addPrerequisite);
    connect(m_prerequisiteChoice->lineEdit(), &QLineEdit::returnPressed, this,
            &SkillDetailsPanel::addPrerequisite);
    connect(m_removePrerequisite, &QPushButton::clicked, this,
            &SkillDetailsPanel::removePrerequisite);
    connect(m_prerequisites, &QListWidget::itemSelectionChanged, this, [this] {
        m_removePrerequisite->setEnabled(!m_prerequisites->selectedItems().isEmpty());
    });
    connect(store, &RoadmapStore::skillChanged, this, [this](qint64 id) {
        if (id == m_skillId)
            refresh();
    });
    connect(store, &RoadmapStore::groupChanged, this, [this] {
        fillChoices();
        refresh();
    });
    connect(store, &RoadmapStore::reset, this, [this] {
        fillChoices();
        if (m_skillId > 0 && !m_store->skill(m_skillId))
            showSkill(0);
        else
            refresh();
    });
    fillChoices();
    showSkill(0);
}

bool SkillDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_description || watched == m_notes))
        commitText();
    return QWidget::eventFilter(watched, event);
}

void SkillDetailsPanel::showSkill(qint64 skillId)
{
    if (skillId != m_skillId)
        commitPending();
    m_skillId = m_store->skill(skillId) ? skillId : 0;
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(m_skillId > 0 ? 1 : 0);
    m_prerequisiteMessage->hide();
    m_prerequisiteChoice->setCurrentText(QString());
    refresh();
    m_evidence->showSkill(m_skillId);
    m_studyLog->showSkill(m_skillId);
}

void SkillDetailsPanel::fillChoices()
{
    m_filling = true;
    m_stage->clear();
    for (const RoadmapGroup &g : m_store->roadmap().stages)
        m_stage->addItem(g.name, g.id);
    m_category->clear();
    for (const RoadmapGroup &g : m_store->roadmap().categories)
        m_category->addItem(g.name, g.id);
    m_prerequisiteChoice->clear();
    for (const Skill &s : m_store->roadmap().skills)
        m_prerequisiteChoice->addItem(s.name, s.id);
    m_prerequisiteChoice->setCurrentIndex(-1);
    m_filling = false;
}

void SkillDetailsPanel::refresh()
{
    const Skill *s = m_store->skill(m_skillId);
    if (!s)
        return;
    m_filling = true;
    if (!m_name->hasFocus())
        m_name->setText(s->name);
    if (!m_aliases->hasFocus() || !m_aliases->isModified())
        m_aliases->setText(m_store->aliases(s->id).join(u", "_s));
    warnOfSharedAliases();
    m_stage->setCurrentIndex(m_stage->findData(s->stageId));
    m_category->setCurrentIndex(m_category->findData(s->categoryId));
    if (!m_description->hasFocus() && m_description->toPlainText() != s->description)
        m_description->setPlainText(s->description);
    if (!m_notes->hasFocus() && m_notes->toPlainText() != s->notes)
        m_notes->setPlainText(s->notes);
    m_unproven->setVisible(s->isUnproven());
    m_prerequisites->clear();
    for (qint64 p : s->prerequisites) {
        const Skill *pre = m_store->skill(p);
        auto *item = new QListWidgetItem(pre ? pre->name : QString(), m_prerequisites);
        item->setData(Qt::UserRole, p);
        if (pre && pre->gap() > 0 && pre->status != Skill::Status::Skipped)
            item->setToolTip(tr("Still %n level(s) below its target", nullptr, pre->gap()));
    }
    m_removePrerequisite->setEnabled(false);
    m_filling = false;
}

void SkillDetailsPanel::commitPending()
{
    commitText();
    commitAliases();
}

void SkillDetailsPanel::commitAliases()
{
    const Skill *s = m_store->skill(m_skillId);
    if (!s || m_filling)
        return;
    const QStringList before = m_store->aliases(s->id);
    const QStringList after = SkillAliasRepository::parse(m_aliases->text());
    if (after == before) {
        m_aliases->setText(before.join(u", "_s)); // tidied: no doubles, no empty names
        return;
    }
    const qint64 id = s->id;
    m_store->undoStack()->push(new SetAliasesCommand(m_store, id, before, after));
    // As stored: the new names, or the old ones when they were refused (and said why).
    m_aliases->setText(m_store->aliases(id).join(u", "_s));
}

void SkillDetailsPanel::warnOfSharedAliases()
{
    QStringList shared;
    const QStringList mine = SkillAliasRepository::parse(m_aliases->text());
    if (m_skillId > 0 && !mine.isEmpty()) {
        // Every other skill's name and other names, as the matcher compares them.
        QHash<QString, QString> owner;
        const QHash<qint64, QStringList> all = m_store->allAliases();
        for (const Skill &other : m_store->roadmap().skills) {
            if (other.id == m_skillId)
                continue;
            owner.insert(JobMatcher::normalised(other.name), other.name);
            for (const QString &a : all.value(other.id))
                owner.insert(JobMatcher::normalised(a), other.name);
        }
        for (const QString &a : mine) {
            const auto it = owner.constFind(JobMatcher::normalised(a));
            if (it != owner.cend())
                shared << tr("\u201c%1\u201d is also a name of %2.").arg(a, *it);
        }
    }
    if (!shared.isEmpty())
        shared << tr("A posting that says it counts for one of these skills only.");
    m_aliasWarning->setText(shared.join(u' '));
    m_aliasWarning->setVisible(!shared.isEmpty());
}

void SkillDetailsPanel::commitText()
{
    const Skill *s = m_store->skill(m_skillId);
    if (!s || m_filling)
        return;
    const qint64 id = s->id;
    const QString name = m_name->text().trimmed();
    const QString description = m_description->toPlainText();
    const QString notes = m_notes->toPlainText();
    const QString oldName = s->name, oldDescription = s->description, oldNotes = s->notes;
    QUndoStack *stack = m_store->undoStack();
    if (!name.isEmpty() && name != oldName)
        stack->push(new SetSkillFieldCommand(m_store, id, Skill::Field::Name, oldName, name));
    else if (name.isEmpty())
        m_name->setText(oldName);
    if (description != oldDescription)
        stack->push(new SetSkillFieldCommand(m_store, id, Skill::Field::Description, oldDescription,
                                             description));
    if (notes != oldNotes)
        stack->push(new SetSkillFieldCommand(m_store, id, Skill::Field::Notes, oldNotes, notes));
}

void SkillDetailsPanel::moveTo()
{
    const Skill *s = m_store->skill(m_skillId);
    if (!s || m_filling)
        return;
    const qint64 stage = m_stage->currentData().toLongLong();
    const qint64 category = m_category->currentData().toLongLong();
    if (stage == s->stageId && category == s->categoryId)
        return;
    MoveSkillCommand::Placement from {s->stageId, s->categoryId, {}};
    MoveSkillCommand::Placement to {stage, category, {}};
    if (stage != s->stageId) {
        // Last in its new stage; undo restores both stages' order.
        from.positions = m_store->stagePositions(s->stageId) + m_store->stagePositions(stage);
        to.positions
            = MoveSkillCommand::numbered(m_store->stageOrder(stage) + QList<qint64> {s->id});
    }
    m_store->undoStack()->push(new MoveSkillCommand(m_store, s->id, from, to));
}

void SkillDetailsPanel::addPrerequisite()
{
    const Skill *s = m_store->skill(m_skillId);
    if (!s)
        return;
    const QString text = m_prerequisiteChoice->currentText().trimmed();
    int i = m_prerequisiteChoice->findText(text, Qt::MatchFixedString);
    if (i < 0)
        i = m_prerequisiteChoice->findText(text, Qt::MatchContains);
    const qint64 id = i >= 0 ? m_prerequisiteChoice->itemData(i).toLongLong() : 0;
    QString problem;
    if (id <= 0)
        problem = tr("No skill is called \"%1\".").arg(text);
    else if (id == s->id)
        problem = tr("A skill cannot come before itself.");
    else if (s->prerequisites.contains(id))
        problem = tr("%1 is already a prerequisite.").arg(m_prerequisiteChoice->itemText(i));
    else if (const std::optional<bool> cycle = m_store->wouldCycle(s->id, id); !cycle)
        return; // the store has said why
    else if (*cycle)
        problem = tr("%1 already needs %2 first, so it cannot also come before it.")
                      .arg(m_prerequisiteChoice->itemText(i), s->name);
    m_prerequisiteMessage->setText(problem);
    m_prerequisiteMessage->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    m_store->undoStack()->push(new SetPrerequisitesCommand(m_store, s->id, s->prerequisites,
                                                           s->prerequisites + QList {id}));
    m_prerequisiteChoice->setCurrentText(QString());
}

void SkillDetailsPanel::removePrerequisite()
{
    const Skill *s = m_store->skill(m_skillId);
    const QListWidgetItem *item = m_prerequisites->currentItem();
    if (!s || !item)
        return;
    QList<qint64> next = s->prerequisites;
    next.removeAll(item->data(Qt::UserRole).toLongLong());
    m_store->undoStack()->push(new SetPrerequisitesCommand(m_store, s->id, s->prerequisites, next));
}
