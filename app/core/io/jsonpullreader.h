#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

// Reads JSON one token at a time from a device, in chunks: memory stays bounded by the largest
// single string or number, not by the file (QJsonDocument holds the whole document). Checks the
// grammar as it goes (commas, colons, nesting) and reports errors with line and column. Limits:
// nesting depth and the length of one string.
class JsonPullReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonPullReader)

public:
    enum class Token {
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Name, // an object key: text()
        String, // text()
        Number, // numberText(): the JSON number as written
        Bool, // boolValue()
        Null,
        End, // after the single top-level value
        Error // errorString(), line(), column()
    };

    static constexpr int MaxDepth = 64;
    static constexpr qsizetype MaxStringBytes = 16 * 1024 * 1024;

    explicit JsonPullReader(QIODevice *device);

    Token next();
    // Skips the value that starts with TOKEN (just returned by next()): a whole object or
    // array, or nothing for a scalar. False on an error.
    bool skipValue(Token token);

    QString text() const { return m_text; }
    QByteArray numberText() const { return m_number; }
    bool boolValue() const { return m_bool; }
    QString errorString() const { return m_error; }
    // Where the last token started (errors: where the problem is), 1-based.
    int line() const { return m_tokenLine; }
    int column() const { return m_tokenColumn; }
    // Bytes consumed so far (progress).
    qint64 position() const { return m_consumed; }
    // Fails the reader with MESSAGE at the current token (for readers of a format on top).
    Token fail(const QString &message);

private:
    enum class Expect { Value, NameOrEnd, Name, Colon, CommaOrEnd, ValueOrEnd, Nothing };
    bool fill();
    int peekByte();
    int getByte();
    void skipWhitespace();
    bool readString(QString *out);
    bool readNumber();
    bool readLiteral(const char *word);
    Token valueToken(int c);
    Token afterValue(Token t);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    int m_line = 1;
    int m_column = 1;
    int m_tokenLine = 1;
    int m_tokenColumn = 1;
    QList<char> m_stack; // '{' or '['
    Expect m_expect = Expect::Value;
    QString m_text;
    QByteArray m_number;
    bool m_bool = false;
    QString m_error;
    bool m_failed = false;
};
