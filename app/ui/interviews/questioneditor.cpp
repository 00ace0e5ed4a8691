#include "questioneditor.h"

#include "common/fieldproblems.h"
#include "domain/interviewsessionvalidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QStringList splitTopics(const QString &text)
{
    QStringList topics;
    for (const QString &part : text.split(u',')) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !topics.contains(t))
            topics << t;
    }
    return topics;
}
} // namespace

QuestionEditor::QuestionEditor(const InterviewQuestion &initial, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_text(new QPlainTextEdit(this))
    , m_textError(FieldProblems::createLabel(this, u"questionTextError"_s))
    , m_notes(new QPlainTextEdit(this))
    , m_topics(new QLineEdit(this))
    , m_topicsError(FieldProblems::createLabel(this, u"questionTopicsError"_s))
{
    setObjectName(u"questionEditor"_s);
    setWindowTitle(initial.id == 0 ? tr("Add Question") : tr("Edit Question"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_text->setObjectName(u"questionTextEdit"_s);
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Question:"), m_text);
    form->addRow(QString(), m_textError);
    m_notes->setObjectName(u"answerNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("The points a good answer makes"));
    form->addRow(tr("&Answer notes:"), m_notes);
    m_topics->setObjectName(u"questionTopicsEdit"_s);
    m_topics->setPlaceholderText(tr("Topics, separated by commas"));
    form->addRow(tr("&Topics:"), m_topics);
    form->addRow(QString(), m_topicsError);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuestionEditor::reject);
    layout->addWidget(buttons);
    m_text->setPlainText(initial.text);
    m_notes->setPlainText(initial.answerNotes);
    m_topics->setText(initial.topics.join(u", "_s));
    connect(m_text, &QPlainTextEdit::textChanged, this, &QuestionEditor::refresh);
    connect(m_topics, &QLineEdit::textChanged, this, &QuestionEditor::refresh);
    refresh();
}

void QuestionEditor::refresh()
{
    const QString text = m_text->toPlainText().trimmed();
    m_textError->setText(text.isEmpty() ? tr("Enter the question.") : QString());
    QString topicProblem;
    for (const QString &t : splitTopics(m_topics->text())) {
        topicProblem = InterviewSessionValidator::topicNameProblem(t);
        if (!topicProblem.isEmpty())
            break;
    }
    m_topicsError->setText(topicProblem);
    m_textError->setVisible(!m_textError->text().isEmpty());
    m_topicsError->setVisible(!topicProblem.isEmpty());
    m_save->setEnabled(!text.isEmpty() && topicProblem.isEmpty());
}

InterviewQuestion QuestionEditor::question() const
{
    InterviewQuestion q = m_initial;
    q.text = m_text->toPlainText().trimmed();
    q.answerNotes = m_notes->toPlainText();
    q.topics = splitTopics(m_topics->text());
    return q;
}
