export function Popup() {
  return (
    <main>
      <h1>学时通</h1>
      <p>继续教育学时，一目了然。</p>
      <p class="hint">打开学习平台的“学习档案”页面，学时通会读取你已完成的课程，数据只保存在本机。</p>
    </main>
  );
}
