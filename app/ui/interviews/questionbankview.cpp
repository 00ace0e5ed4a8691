#include "questionbankview.h"

#include "addquestioncommand.h"
#include "common/changevaluecommand.h"
#include "common/dialogs.h"
#include "common/fieldproblems.h"
#include "interviewstore.h"
#include "questionbankmodel.h"
#include "questioneditor.h"
#include "removequestioncommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QuestionBankView::QuestionBankView(InterviewStore *store, QUndoStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_stack(stack)
    , m_model(new QuestionBankModel(store, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("Edit..."), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Question..."), this);
    add->setObjectName(u"addQuestionButton"_s);
    m_edit->setObjectName(u"editQuestionButton"_s);
    m_delete->setObjectName(u"deleteQuestionButton"_s);
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    m_search->setObjectName(u"questionSearchEdit"_s);
    m_search->setAccessibleName(tr("Search the question bank"));
    m_search->setPlaceholderText(tr("Search questions, answers and topics"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    bar->addWidget(m_search);
    layout->addLayout(bar);
    // A search or reload that cannot read the bank says so above the rows it could not
    // replace (a search runs as one types: no message box for each key).
    m_error = FieldProblems::createLabel(this, u"questionBankError"_s);
    layout->addWidget(m_error);
    m_table->setObjectName(u"questionBankTable"_s);
    m_table->setAccessibleName(tr("Question bank"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QuestionBankModel::Text, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(QuestionBankModel::Topics, 34 * ch);
    header->resizeSection(QuestionBankModel::TimesAsked, 9 * ch);
    header->resizeSection(QuestionBankModel::LastAsked, 14 * ch);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &QuestionBankView::addQuestion);
    connect(m_edit, &QPushButton::clicked, this, &QuestionBankView::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &QuestionBankView::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &QuestionBankView::editSelected);
    connect(m_search, &QLineEdit::textChanged, m_model, &QuestionBankModel::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuestionBankView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionBankView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, m_error, &QWidget::hide);
    connect(m_model, &QuestionBankModel::readFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    updateButtons();
}

void QuestionBankView::reload()
{
    m_model->reload();
}

qint64 QuestionBankView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

void QuestionBankView::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void QuestionBankView::addQuestion()
{
    auto *editor = new QuestionEditor(InterviewQuestion(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (StoreCommand::push(m_stack, new AddQuestionCommand(m_store, editor->question())))
            emit statusMessage(tr("Added the question to the bank."));
    });
    editor->open();
}

void QuestionBankView::editSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const InterviewQuestion before = m_model->question(row);
    auto *editor = new QuestionEditor(before, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, before] {
        (void)StoreCommand::push(m_stack,
                                 new ChangeValueCommand<InterviewQuestion>(
                                     tr("Edit a question"), before, editor->question(),
                                     [store = m_store](const InterviewQuestion &q) {
                                         return store->updateQuestion(q);
                                     }));
    });
    editor->open();
}

void QuestionBankView::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const InterviewQuestion q = m_model->question(row);
    if (Dialogs::question(this, tr("Delete Question"),
                          tr("Delete \"%1\" from the bank?").arg(q.text))
        != QMessageBox::Yes)
        return;
    if (StoreCommand::push(m_stack, new RemoveQuestionCommand(m_store, q)))
        emit statusMessage(tr("Deleted the question. Edit > Undo brings it back."));
}
