#include "sessioneditor.h"

#include "domain/datetext.h"
#include "topicscoreswidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Field = InterviewSessionValidator::Field;

SessionEditor::SessionEditor(const InterviewSession &initial, const Choices &choices,
                             AddFormat addFormat, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_choices(choices)
    , m_addFormat(std::move(addFormat))
    , m_problems(this)
{
    setObjectName(u"sessionEditor"_s);
    setWindowTitle(initial.id == 0 ? tr("Log Interview Session") : tr("Edit Interview Session"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"sessionEditorTabs"_s);
    tabs->addTab(createDetails(), tr("Session"));
    tabs->addTab(createNotes(), tr("Questions and Notes"));
    layout->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionEditor::reject);
    layout->addWidget(buttons);
    load(initial);

    const auto changed = [this] {
        refresh();
    };
    for (QLineEdit *e : {m_company, m_role, m_ranByName})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QComboBox *c : {m_kind, m_format, m_ranBy})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *s : {m_duration, m_selfScore, m_interviewerScore})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_topics, &TopicScoresWidget::changed, this, changed);
    connect(m_application, &QComboBox::currentIndexChanged, this,
            &SessionEditor::applicationChosen);
    connect(m_addFormatButton, &QPushButton::clicked, this, &SessionEditor::addFormat);
    connect(m_bankSearch, &QLineEdit::textChanged, this, &SessionEditor::searchBank);
    connect(m_bankResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QString text = m_questions->toPlainText();
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        m_questions->setPlainText(text + item->text());
    });
    refresh();
    searchBank();
    // Roomy, but never taller or wider than the screen: at 1024x640 the old 34 lines put Save
    // below its bottom edge.
    QSize size = sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34));
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.9);
    resize(size.expandedTo(minimumSizeHint()));
}

QLabel *SessionEditor::errorLabel(Field field, const QString &name)
{
    return m_problems.label(QString::number(int(field)), name + u"Error"_s);
}

QWidget *SessionEditor::withError(QWidget *widget, Field field, const QString &name, QWidget *extra)
{
    errorLabel(field, name);
    return m_problems.row(widget, QString::number(int(field)), FieldProblems::Place::Below, extra);
}

QWidget *SessionEditor::createDetails()
{
    auto *page = new QWidget(this);
    auto *columns = new QHBoxLayout(page);
    auto *form = new QFormLayout;
    columns->addLayout(form, 3);

    m_date = new QDateEdit(page);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::shortFormat()); // "30/11/2026", not "30/11/26"
    m_hasTime = new QCheckBox(tr("at"), page);
    m_hasTime->setObjectName(u"hasTimeCheck"_s);
    m_hasTime->setAccessibleName(tr("The session has a time"));
    m_time = new QTimeEdit(page);
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setAccessibleName(tr("Time"));
    // Hours and minutes, as the session list shows them: a session has no seconds.
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    timeFormat.remove(u".ss"_s);
    m_time->setDisplayFormat(timeFormat);
    auto *when = new QWidget(page);
    auto *whenRow = new QHBoxLayout(when);
    whenRow->setContentsMargins(0, 0, 0, 0);
    whenRow->addWidget(m_date, 1);
    whenRow->addWidget(m_hasTime);
    whenRow->addWidget(m_time);
    form->addRow(tr("&Date:"), withError(when, Field::Date, u"date"_s));

    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"kindCombo"_s);
    m_kind->addItem(tr("Mock interview"), int(InterviewSession::Kind::Mock));
    m_kind->addItem(tr("Real interview"), int(InterviewSession::Kind::Real));
    form->addRow(tr("&Kind:"), withError(m_kind, Field::Kind, u"kind"_s));

    m_format = new QComboBox(page);
    m_format->setObjectName(u"formatCombo"_s);
    for (const InterviewFormat &f : std::as_const(m_choices.formats))
        m_format->addItem(InterviewFormat::displayName(f.key, f.name), f.key);
    m_addFormatButton = new QPushButton(tr("New Format..."), page);
    m_addFormatButton->setObjectName(u"addFormatButton"_s);
    form->addRow(tr("&Format:"),
                 withError(m_format, Field::Format, u"format"_s, m_addFormatButton));

    m_ranBy = new QComboBox(page);
    m_ranBy->setObjectName(u"ranByCombo"_s);
    m_ranBy->addItem(tr("Not recorded"), int(InterviewSession::RanBy::Unknown));
    m_ranBy->addItem(tr("Self-practice"), int(InterviewSession::RanBy::Self));
    m_ranBy->addItem(tr("A peer"), int(InterviewSession::RanBy::Peer));
    m_ranBy->addItem(tr("A platform"), int(InterviewSession::RanBy::Platform));
    m_ranByName = new QLineEdit(page);
    m_ranByName->setObjectName(u"ranByNameEdit"_s);
    m_ranByName->setAccessibleName(tr("Name of the peer or platform"));
    m_ranByName->setPlaceholderText(tr("Name (peer or platform)"));
    m_ranByName->setMinimumWidth(
        m_ranByName->fontMetrics().horizontalAdvance(m_ranByName->placeholderText())
        + fontMetrics().averageCharWidth() * 3);
    form->addRow(tr("&Run by:"), withError(m_ranBy, Field::RanBy, u"ranBy"_s, m_ranByName));

    m_application = new QComboBox(page);
    m_application->setObjectName(u"applicationCombo"_s);
    m_application->addItem(tr("None"), 0);
    for (const JobApplication &a : std::as_const(m_choices.applications))
        m_application->addItem(a.role.isEmpty() ? a.company : tr("%1, %2").arg(a.company, a.role),
                               a.id);
    form->addRow(tr("A&pplication:"), m_application);
    m_company = new QLineEdit(page);
    m_company->setObjectName(u"companyEdit"_s);
    form->addRow(tr("&Company:"), withError(m_company, Field::Company, u"company"_s));
    m_role = new QLineEdit(page);
    m_role->setObjectName(u"roleEdit"_s);
    form->addRow(tr("R&ole:"), withError(m_role, Field::Role, u"role"_s));

    m_duration = new QSpinBox(page);
    m_duration->setObjectName(u"durationSpin"_s);
    m_duration->setRange(0, InterviewSessionValidator::MaxDurationMinutes);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSingleStep(15);
    form->addRow(tr("D&uration:"), withError(m_duration, Field::Duration, u"duration"_s));
    m_selfScore = new QSpinBox(page);
    m_selfScore->setObjectName(u"selfScoreSpin"_s);
    m_selfScore->setRange(1, 5);
    form->addRow(tr("&Self score (1-5):"),
                 withError(m_selfScore, Field::SelfScore, u"selfScore"_s));
    m_interviewerScore = new QSpinBox(page);
    m_interviewerScore->setObjectName(u"interviewerScoreSpin"_s);
    m_interviewerScore->setRange(0, 5);
    m_interviewerScore->setSpecialValueText(tr("none"));
    form->addRow(tr("&Interviewer score:"),
                 withError(m_interviewerScore, Field::InterviewerScore, u"interviewerScore"_s));

    auto *topicsBox = new QVBoxLayout;
    auto *topicsLabel = new QLabel(tr("Topics, each with its own score:"), page);
    topicsBox->addWidget(topicsLabel);
    m_topics = new TopicScoresWidget(m_choices.topics, page);
    m_topics->setObjectName(u"topicScores"_s);
    topicsBox->addWidget(m_topics, 1);
    topicsBox->addWidget(errorLabel(Field::Topics, u"topics"_s));
    columns->addLayout(topicsBox, 2);
    return page;
}

QWidget *SessionEditor::createNotes()
{
    auto *page = new QWidget(this);
    auto *columns = new QHBoxLayout(page);
    auto *form = new QFormLayout;
    columns->addLayout(form, 3);
    const auto text = [page](const QString &name, const QString &placeholder) {
        auto *e = new QPlainTextEdit(page);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setTabChangesFocus(true);
        return e;
    };
    m_questions = text(u"questionsEdit"_s, tr("One question per line"));
    form->addRow(tr("&Questions asked:"), m_questions);
    m_wentWell = text(u"wentWellEdit"_s, QString());
    form->addRow(tr("What went &well:"), m_wentWell);
    m_toImprove = text(u"toImproveEdit"_s, QString());
    form->addRow(tr("What to im&prove:"), m_toImprove);
    m_actionItems = text(u"actionItemsEdit"_s, tr("One action per line"));
    form->addRow(tr("&Action items:"), m_actionItems);

    auto *bank = new QVBoxLayout;
    bank->addWidget(new QLabel(tr("Question bank (double-click adds the question):"), page));
    m_bankSearch = new QLineEdit(page);
    m_bankSearch->setObjectName(u"bankSearchEdit"_s);
    m_bankSearch->setAccessibleName(tr("Search the question bank"));
    m_bankSearch->setPlaceholderText(tr("Search the bank"));
    m_bankSearch->setClearButtonEnabled(true);
    bank->addWidget(m_bankSearch);
    // A search that cannot read the bank says so here (it runs as one types: no message box).
    m_bankError = FieldProblems::createLabel(page, u"bankSearchError"_s);
    bank->addWidget(m_bankError);
    m_bankResults = new QListWidget(page);
    m_bankResults->setObjectName(u"bankResultsList"_s);
    m_bankResults->setAccessibleName(tr("Questions in the bank"));
    m_bankResults->setWordWrap(true);
    bank->addWidget(m_bankResults, 1);
    columns->addLayout(bank, 2);
    return page;
}

void SessionEditor::load(const InterviewSession &s)
{
    m_date->setDate(s.date.isValid() ? s.date : QDate::currentDate());
    m_hasTime->setChecked(s.time.isValid());
    m_time->setTime(s.time.isValid() ? s.time : QTime(10, 0));
    m_time->setEnabled(s.time.isValid());
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    const int format = m_format->findData(s.format);
    m_format->setCurrentIndex(format);
    m_ranBy->setCurrentIndex(m_ranBy->findData(int(s.ranBy)));
    m_ranByName->setText(s.ranByName);
    const int app = m_application->findData(s.applicationId);
    m_application->setCurrentIndex(app < 0 ? 0 : app);
    m_company->setText(s.company);
    m_role->setText(s.role);
    m_duration->setValue(s.durationMinutes);
    m_selfScore->setValue(s.selfScore);
    m_interviewerScore->setValue(s.interviewerScore);
    m_topics->setTopics(s.topics);
    m_questions->setPlainText(s.questionsAsked);
    m_wentWell->setPlainText(s.wentWell);
    m_toImprove->setPlainText(s.toImprove);
    m_actionItems->setPlainText(s.actionItems);
}

InterviewSession SessionEditor::session() const
{
    InterviewSession s = m_initial;
    s.date = m_date->date();
    s.time
        = m_hasTime->isChecked() ? QTime(m_time->time().hour(), m_time->time().minute()) : QTime();
    s.kind = InterviewSession::Kind(m_kind->currentData().toInt());
    s.format = m_format->currentData().toString();
    const bool mock = s.kind == InterviewSession::Kind::Mock;
    s.ranBy = mock ? InterviewSession::RanBy(m_ranBy->currentData().toInt())
                   : InterviewSession::RanBy::Unknown;
    s.ranByName = mock ? m_ranByName->text().trimmed() : QString();
    s.applicationId = m_application->currentData().toLongLong();
    s.company = m_company->text().trimmed();
    s.role = m_role->text().trimmed();
    s.durationMinutes = m_duration->value();
    s.selfScore = m_selfScore->value();
    s.interviewerScore = m_interviewerScore->value();
    s.topics = m_topics->topics();
    s.questionsAsked = m_questions->toPlainText();
    s.wentWell = m_wentWell->toPlainText();
    s.toImprove = m_toImprove->toPlainText();
    s.actionItems = m_actionItems->toPlainText();
    return s;
}

QMap<Field, QString> SessionEditor::problems() const
{
    QStringList keys;
    for (int i = 0; i < m_format->count(); ++i)
        keys << m_format->itemData(i).toString();
    return InterviewSessionValidator(keys).validate(session());
}

void SessionEditor::refresh()
{
    const bool mock = m_kind->currentData().toInt() == int(InterviewSession::Kind::Mock);
    m_ranBy->setEnabled(mock);
    m_ranByName->setEnabled(mock && m_ranBy->currentData().toInt() > 1);
    const auto p = problems();
    m_problems.show([&](const QString &field) { return p.value(Field(field.toInt())); });
    m_save->setEnabled(p.isEmpty());
}

void SessionEditor::accept()
{
    if (!problems().isEmpty())
        return;
    QDialog::accept();
}

void SessionEditor::addFormat()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New Format"), tr("Name of the interview format:"),
                                QLineEdit::Normal, QString(), &ok)
              .trimmed();
    if (!ok || name.isEmpty() || !m_addFormat)
        return;
    const QString key = m_addFormat(name);
    if (key.isEmpty())
        return;
    if (m_format->findData(key) < 0)
        m_format->addItem(name, key);
    m_format->setCurrentIndex(m_format->findData(key));
}

void SessionEditor::applicationChosen()
{
    const qint64 id = m_application->currentData().toLongLong();
    for (const JobApplication &a : std::as_const(m_choices.applications)) {
        if (a.id != id)
            continue;
        m_kind->setCurrentIndex(m_kind->findData(int(InterviewSession::Kind::Real)));
        m_company->setText(a.company);
        m_role->setText(a.role);
    }
    refresh();
}

void SessionEditor::searchBank()
{
    m_bankResults->clear();
    m_bankError->hide();
    if (!m_choices.searchBank)
        return;
    QString error;
    const auto found = m_choices.searchBank(m_bankSearch->text().trimmed(), &error);
    if (!found) {
        m_bankError->setText(tr("The question bank cannot be searched: %1").arg(error));
        m_bankError->show();
        return;
    }
    for (const InterviewQuestion &q : *found)
        m_bankResults->addItem(q.text);
}
