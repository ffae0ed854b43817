@echo off
rem chibo-xl, offline bundle for Windows: double-click this file. No Python install, no Internet.
rem It uses the Python in the "python" folder beside it, makes the workbook with the button in
rem Documents\chi-bo (beside this file when Documents cannot be written), checks that the
rem workbook and its launcher exist, and opens the workbook.
rem Only ASCII above the chcp line: the console switches to UTF-8 (65001) there.
rem Blocks in parentheses are avoided on purpose (a "(" or ")" in a message would end them).
rem :codes 0 done, 13 run inside a ZIP or files missing, 16 Python crashed, 17 the workbook was
rem not made, 18 the workbook or its launcher is missing afterwards.
setlocal EnableExtensions DisableDelayedExpansion
chcp 65001 >nul
set "PYTHONUTF8=1"
set "HERE=%~dp0"
set "PYEXE=%HERE%python\python.exe"
set "LOG=%HERE%bat-dau-nhat-ky.txt"
echo.>>"%LOG%" 2>nul
if not exist "%LOG%" set "LOG=%TEMP%\chibo-xl-bat-dau-nhat-ky.txt"
set "TMPF=%TEMP%\chibo-xl-bat-dau-%RANDOM%.txt"
>>"%LOG%" echo ==== Bat dau.cmd, %DATE% %TIME% ====
>>"%LOG%" echo Thư mục: "%HERE%"
title chibo-xl
echo.
call :say "CHIBO-XL: một sổ Excel, đủ mọi văn bản của chi bộ"
call :say "================================================="
echo.
if not "%HERE:.zip\=%"=="%HERE%" goto inzip
if not exist "%PYEXE%" goto inzip
if not exist "%HERE%python\Lib\site-packages\chibo_xl\" goto inzip
set "STEP=1/2 (khởi động Python)"
"%PYEXE%" -c "from chibo_xl.excel import documents_dir; print(documents_dir())" >"%TMPF%" 2>>"%LOG%"
set "RC=%errorlevel%"
if "%RC:~0,1%"=="-" goto crashed
if not "%RC%"=="0" goto initfailed
set "DOCS="
set /p "DOCS=" <"%TMPF%"
if not defined DOCS set "DOCS=%USERPROFILE%\Documents"
"%PYEXE%" -c "import datetime; print(datetime.date.today().year)" >"%TMPF%" 2>>"%LOG%"
set "YEAR="
set /p "YEAR=" <"%TMPF%"
set "FOLDER=%DOCS%\chi-bo"
if not exist "%FOLDER%\" mkdir "%FOLDER%" 2>>"%LOG%"
echo.>"%FOLDER%\.chibo-xl-thu" 2>nul
if not exist "%FOLDER%\.chibo-xl-thu" set "FOLDER=%HERE%chi-bo"
del "%FOLDER%\.chibo-xl-thu" 2>nul
if not exist "%FOLDER%\" mkdir "%FOLDER%" 2>>"%LOG%"
set "BOOK=%FOLDER%\so-chi-bo-%YEAR%.xlsm"
set "LAUNCH=%FOLDER%\Tao bao cao - so-chi-bo-%YEAR%.cmd"
set "STEP=2/2 (tạo sổ)"
call :sayq "Sổ chi bộ năm %YEAR%:" "%BOOK%"
if exist "%BOOK%" goto keep
>>"%LOG%" echo [chạy] "%PYEXE%" -m chibo_xl.cli init "%BOOK%"
"%PYEXE%" -m chibo_xl.cli init "%BOOK%" >"%TMPF%" 2>&1
set "RC=%errorlevel%"
type "%TMPF%"
type "%TMPF%" >>"%LOG%"
>>"%LOG%" echo [mã thoát] %RC%
if "%RC:~0,1%"=="-" goto crashed
if not "%RC%"=="0" goto initfailed
goto verify

:keep
call :say "Sổ đã có: giữ nguyên, không ghi đè."
if exist "%LAUNCH%" goto verify
"%PYEXE%" -c "import sys; from chibo_xl.workbook.macro import write_launcher; write_launcher(sys.argv[1])" "%BOOK%" 2>>"%LOG%"
set "RC=%errorlevel%"
if "%RC:~0,1%"=="-" goto crashed

:verify
if not exist "%BOOK%" goto missing
if not exist "%LAUNCH%" goto missing
echo.
call :say "XONG. Sổ sẽ mở ra trong Excel."
call :say "- Bấm Enable Content trên thanh vàng, nhập dữ liệu, rồi bấm nút «Tạo báo cáo»."
call :say "- Excel chặn macro? Lưu sổ rồi bấm đúp tệp «Tao bao cao - ....cmd» cạnh sổ."
call :say "- Đừng chuyển hay xóa thư mục chibo-xl này: nút trong sổ dùng Python ở đây."
>>"%LOG%" echo [kết thúc] mã 0
del "%TMPF%" 2>nul
start "" "%BOOK%"
pause
exit /b 0

:inzip
echo.
call :say "CHƯA GIẢI NÉN: Bat dau.cmd đang chạy ngay trong tệp .zip, thiếu thư mục python đi kèm."
call :say "Đóng cửa sổ này. Nhấp phải vào tệp chibo-xl-windows-x64.zip, chọn Extract All - Giải nén tất cả,"
call :say "bấm Extract, rồi bấm đúp Bat dau.cmd trong thư mục vừa giải nén."
call :say "Đã giải nén mà vẫn báo vậy: phần mềm diệt virus có thể đã xóa tệp, hãy giải nén lại."
set "CODE=13"
goto failed

:crashed
echo.
call :say "BƯỚC %STEP% BỊ DỪNG ĐỘT NGỘT: Python thoát bất thường, mã %RC%."
call :say "Thường do phần mềm diệt virus chặn Python trong thư mục này: cho phép thư mục chibo-xl,"
call :say "giải nén lại tệp chibo-xl-windows-x64.zip rồi bấm đúp Bat dau.cmd."
set "CODE=16"
goto failed

:initfailed
echo.
call :say "CHƯA TẠO ĐƯỢC SỔ: đọc thông báo phía trên."
set "CODE=17"
goto failed

:missing
echo.
call :say "CHƯA XONG: không thấy sổ hoặc tệp «Tao bao cao - ....cmd» cạnh sổ sau khi tạo."
set "CODE=18"
goto failed

:failed
call :sayq "Nhật ký, gửi tệp này cho người hỗ trợ:" "%LOG%"
call :say "Xem tệp «Đọc trước.txt», mục Khi có trục trặc."
>>"%LOG%" echo [kết thúc] mã %CODE%
del "%TMPF%" 2>nul
pause
exit /b %CODE%

:say
echo  %~1
>>"%LOG%" echo  %~1
exit /b 0

:sayq
echo  %~1 "%~2"
>>"%LOG%" echo  %~1 "%~2"
exit /b 0
