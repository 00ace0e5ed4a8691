#pragma once

#include <QString>
#include <QTest>

// The error out-parameter of a repository read in a test: the read cannot be called without
// one, and a test has no user to show it to, so the test fails with the message instead.
//     QCOMPARE(ProfileRepository(db).load(CheckedRead()).name, u"Ana"_s);
class CheckedRead
{
public:
    explicit CheckedRead(const char *file = __builtin_FILE(), int line = __builtin_LINE())
        : m_file(file)
        , m_line(line)
    { }
    CheckedRead(const CheckedRead &) = delete;
    CheckedRead &operator=(const CheckedRead &) = delete;
    ~CheckedRead()
    {
        if (!m_error.isEmpty())
            QTest::qFail(qPrintable(QStringLiteral("the read failed: ") + m_error), m_file, m_line);
    }
    operator QString *() { return &m_error; }

private:
    QString m_error;
    const char *m_file;
    int m_line;
};
